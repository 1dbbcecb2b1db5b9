//! The default topics (the brief's grid: seven categories, each with prompts
//! looking back, at now and ahead) and responses wanted (対応). Admins edit
//! them later; ids are fixed so tests and demo 1on1s can name them.

use naname_contract::topics::TimeFrame::{self, Future, Past, Present};

/// `(id, name_ja, name_en)`, in grid order.
pub const CATEGORIES: [(i64, &str, &str); 7] = [
    (1, "業務の進捗や進め方", "Work progress and how to proceed"),
    (2, "人間関係", "Relationships"),
    (3, "心身の状態", "Mind and body"),
    (4, "今後のキャリア", "Career ahead"),
    (5, "スキルや力の向上", "Skills and growth"),
    (6, "プライベート", "Private life"),
    (7, "会社や部署の方針", "Company and department policy"),
];

pub struct SeedTopic {
    pub id: i64,
    pub category: i64,
    pub time_frame: TimeFrame,
    pub ja: &'static str,
    pub en: &'static str,
    /// Recommended for people new to the company (new graduates, recent hires).
    pub recommended: bool,
}

const fn t(id: i64, category: i64, time_frame: TimeFrame, ja: &'static str, en: &'static str) -> SeedTopic {
    SeedTopic { id, category, time_frame, ja, en, recommended: false }
}

const fn rec(id: i64, category: i64, time_frame: TimeFrame, ja: &'static str, en: &'static str) -> SeedTopic {
    SeedTopic { id, category, time_frame, ja, en, recommended: true }
}

pub const WHAT_WENT_WELL: i64 = 3;
pub const STRENGTHS_AND_WEAKNESSES: i64 = 2;
pub const RELATIONSHIP_WORRIES: i64 = 6;
pub const CONNECTIONS_TO_BUILD: i64 = 7;
pub const ROLES_TO_TRY: i64 = 14;
pub const SKILL_TO_GROW: i64 = 17;
pub const HOBBIES: i64 = 20;
pub const CIRCUMSTANCES: i64 = 21;

/// The prompts of the brief's grid, in grid order (category, past → future).
pub const TOPICS: &[SeedTopic] = &[
    t(1, 1, Past, "一番やりがいを感じた業務とその理由", "The work you found most rewarding, and why"),
    rec(2, 1, Present, "得意なことや苦手なこと", "What you are good at and what you find hard"),
    rec(3, 1, Present, "最近うまくいったこと", "Something that went well recently"),
    t(
        4,
        1,
        Future,
        "本人やチームの業務を「もっとこうできたら良い」",
        "How your own or your team's work \"could be even better\"",
    ),
    t(5, 2, Past, "人間関係で大変だった経験や学び", "A hard time with people at work, and what you learned"),
    rec(
        6,
        2,
        Present,
        "人間関係やコミュニケーションの不安や要望",
        "Worries or wishes about relationships and communication",
    ),
    t(
        7,
        2,
        Future,
        "（社内外を問わず）築きたい、広げたい交友関係",
        "Connections you want to build or widen, inside or outside the company",
    ),
    t(
        8,
        3,
        Past,
        "過去に状態が悪くなった時やその原因",
        "Times you were not doing well, and what caused them",
    ),
    rec(9, 3, Present, "良い時を100%とした時の今の状態", "How you are now, if your best is 100%"),
    t(10, 3, Present, "良い状態を保つために大切なこと", "What helps you stay in good shape"),
    t(
        11,
        3,
        Future,
        "どんな状態で働けていることが自分にとっての幸せか",
        "What working happily would look like for you",
    ),
    t(
        12,
        4,
        Past,
        "入社前〜入社時、やってみたかったこと",
        "What you wanted to do before and when you joined",
    ),
    rec(13, 4, Present, "今一番興味があるキャリア", "The career path that interests you most now"),
    t(14, 4, Future, "いつかやってみたい業務や役割", "Work or roles you would like to try someday"),
    t(15, 4, Future, "仕事を通じて成し遂げたいこと", "What you want to achieve through your work"),
    t(16, 5, Past, "入社してから一番伸びたスキル", "The skill that has grown most since you joined"),
    rec(17, 5, Present, "自分が一番伸ばしたいスキルとその理由", "The skill you most want to grow, and why"),
    t(18, 5, Future, "社会人としての自分の理想の姿", "Your ideal self as a working professional"),
    t(19, 6, Past, "今の価値観に影響している大きな原体験", "Formative experiences that shaped your values"),
    t(20, 6, Present, "趣味や特技", "Hobbies and special skills"),
    t(21, 6, Present, "勤務にあたり気にかけるべき事情", "Circumstances to keep in mind about your work"),
    t(22, 6, Future, "仕事以外の夢や目標", "Dreams and goals outside work"),
    t(
        23,
        7,
        Past,
        "一番やる気が出た役割や目標とその理由",
        "The role or goal that motivated you most, and why",
    ),
    t(
        24,
        7,
        Present,
        "取り組んでいる役割や目標に納得感や使命感を持てているか",
        "Whether you believe in and feel committed to your current role and goals",
    ),
    t(
        25,
        7,
        Future,
        "こんな会社や部署にしたい、なってほしいという理想",
        "The company or department you would like to build, or see it become",
    ),
];

pub struct SeedResponse {
    pub id: i64,
    pub name: (&'static str, &'static str),
    pub description: (&'static str, &'static str),
}

pub const JUST_LISTEN: i64 = 1;
pub const THINK_TOGETHER: i64 = 2;
pub const CONCRETE_ADVICE: i64 = 3;
pub const SHARE_EXPERIENCE: i64 = 4;

/// 対応, in display order.
pub const RESPONSES: &[SeedResponse] = &[
    SeedResponse {
        id: JUST_LISTEN,
        name: ("話を聞いてほしい", "Just listen"),
        description: (
            "解決策より先に、まずは話を聞いて受け止めてほしい",
            "Hear me out first; I am not looking for solutions yet",
        ),
    },
    SeedResponse {
        id: THINK_TOGETHER,
        name: ("一緒に考えてほしい", "Think it through with me"),
        description: (
            "考えを整理しながら、自分なりの答えを一緒に探してほしい",
            "Help me sort out my thoughts and find my own answer",
        ),
    },
    SeedResponse {
        id: CONCRETE_ADVICE,
        name: ("具体的なアドバイスがほしい", "Concrete advice"),
        description: ("次に何をすればよいか、具体的な助言がほしい", "Tell me concretely what to do next"),
    },
    SeedResponse {
        id: SHARE_EXPERIENCE,
        name: ("経験談を聞きたい", "Share your experience"),
        description: (
            "似た状況であなたがどうしたか、実体験を聞かせてほしい",
            "Tell me how you handled a similar situation yourself",
        ),
    },
    SeedResponse {
        id: 5,
        name: ("背中を押してほしい", "Encourage me"),
        description: (
            "決めかけていることに踏み出せるよう、後押ししてほしい",
            "Give me a push to act on what I have almost decided",
        ),
    },
    SeedResponse {
        id: 6,
        name: ("情報がほしい", "Information"),
        description: (
            "制度や手続き、頼れる人や資料など、必要な情報を教えてほしい",
            "Point me to the policies, procedures, people or documents I need",
        ),
    },
];
