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

/// The prompts of the brief's grid, in grid order (category, past → future),
/// written as a mentee would say what they want to talk about (the brief's
/// are a manager's question bank: 「…に納得感や使命感を持てているか」).
pub const TOPICS: &[SeedTopic] = &[
    t(1, 1, Past, "いちばんやりがいを感じた仕事", "The work I found most rewarding"),
    rec(2, 1, Present, "自分の得意・苦手", "What I'm good at and find hard"),
    rec(3, 1, Present, "最近うまくいったこと", "Something that went well lately"),
    t(
        4,
        1,
        Future,
        "自分やチームの仕事を「もっとこうしたい」",
        "Where my or my team's work \"could be better\"",
    ),
    t(5, 2, Past, "人間関係で苦労したこと・学んだこと", "A hard time with people, and what I learned"),
    rec(
        6,
        2,
        Present,
        "職場の人間関係やコミュニケーションの悩み",
        "Worries about people and communication at work",
    ),
    t(
        7,
        2,
        Future,
        "社内外で人とのつながりを広げたい",
        "Widening my connections, inside and outside the company",
    ),
    t(8, 3, Past, "調子を崩したときのこと", "Times I wasn't doing well, and why"),
    rec(9, 3, Present, "最近の調子", "How I'm doing lately"),
    t(10, 3, Present, "調子を保つために大事にしていること", "What keeps me in good shape"),
    t(11, 3, Future, "自分らしく働ける状態", "What working happily would look like for me"),
    t(12, 4, Past, "入社したころにやりたかったこと", "What I wanted to do when I joined"),
    rec(13, 4, Present, "いま気になっているキャリア", "The career path I'm curious about now"),
    t(14, 4, Future, "いつか挑戦したい仕事や役割", "Work or roles I'd like to try someday"),
    t(15, 4, Future, "仕事を通じて成し遂げたいこと", "What I want to achieve through my work"),
    t(16, 5, Past, "入社してから伸びたスキル", "The skill I've grown most since joining"),
    rec(17, 5, Present, "いちばん伸ばしたいスキル", "The skill I most want to grow"),
    t(18, 5, Future, "目指したい社会人像", "The professional I want to become"),
    t(19, 6, Past, "いまの価値観をつくった経験", "Experiences that shaped my values"),
    t(20, 6, Present, "趣味や好きなこと", "Hobbies and things I enjoy"),
    t(21, 6, Present, "働くうえで知っておいてほしい事情", "Circumstances I'd like you to know about"),
    t(22, 6, Future, "仕事以外の夢や目標", "Dreams and goals outside work"),
    t(23, 7, Past, "いちばんやる気が出た役割や目標", "The role or goal that motivated me most"),
    t(24, 7, Present, "いまの役割や目標に納得できているか", "Whether my role and goals make sense to me"),
    t(
        25,
        7,
        Future,
        "会社や部署にこうなってほしいこと",
        "What I'd like the company or my department to become",
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
