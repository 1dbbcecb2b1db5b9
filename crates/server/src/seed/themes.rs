//! The theme catalogue, following the columns of the product brief.

/// `(id, name_ja, name_en)`, in display order.
pub const CATEGORIES: [(i64, &str, &str); 5] = [
    (1, "年次・属性", "Attributes"),
    (2, "業務経験", "Work experience"),
    (3, "業務外経験", "Outside work"),
    (4, "制度の利用", "Company programmes"),
    (5, "その他", "Other"),
];

pub struct SeedTheme {
    pub id: i64,
    pub category: i64,
    pub name: (&'static str, &'static str),
    pub description: (&'static str, &'static str),
    /// Labels of the items a mentor fills in, `(ja, en)`.
    pub items: &'static [(&'static str, &'static str)],
}

pub const JOINED_2020_OR_EARLIER: i64 = 1;
pub const NEW_GRADUATE: i64 = 2;
pub const CAREER_WITHIN_1: i64 = 3;
pub const CAREER_1_TO_3: i64 = 4;
pub const CAREER_3_PLUS: i64 = 5;
pub const HOME_REGION: i64 = 6;
pub const DEPARTMENTS_WORKED: i64 = 7;
pub const POSTING_ABROAD: i64 = 8;
pub const SECONDMENT: i64 = 9;
pub const PROJECT_DX: i64 = 10;
pub const JOINT_PROPOSALS: i64 = 11;
pub const INITIATIVE_LEAD: i64 = 12;
pub const CLUBS: i64 = 13;
pub const SPORTS: i64 = 14;
pub const STUDY_GROUP: i64 = 15;
pub const INTERNAL_TALKS: i64 = 16;
pub const STUDY_ABROAD: i64 = 17;
pub const SIDE_JOB: i64 = 18;
pub const PARENTAL_LEAVE: i64 = 19;
pub const CARE_LEAVE: i64 = 20;
pub const SHORT_HOURS: i64 = 21;
pub const REMOTE_WORK: i64 = 22;
pub const JOB_POSTING: i64 = 23;
pub const CERTIFICATIONS: i64 = 24;
pub const COACHING: i64 = 25;
pub const ASSESSMENT: i64 = 26;
pub const FIRST_TIME_MANAGER: i64 = 27;

pub const THEMES: &[SeedTheme] = &[
    SeedTheme {
        id: JOINED_2020_OR_EARLIER,
        category: 1,
        name: ("2020年以前入社", "Joined in 2020 or earlier"),
        description: (
            "入社から年数が経ち、会社の変化を見てきた先輩に話を聞けます。",
            "Colleagues who have seen the company change over the years.",
        ),
        items: &[],
    },
    SeedTheme {
        id: NEW_GRADUATE,
        category: 1,
        name: ("新卒入社", "Joined as a new graduate"),
        description: (
            "新卒で入社し、社会人のスタートをこの会社で切った人です。",
            "People who started their working life here straight from school.",
        ),
        items: &[],
    },
    SeedTheme {
        id: CAREER_WITHIN_1,
        category: 1,
        name: ("キャリア入社（1年以内）", "Mid-career hire (under 1 year)"),
        description: (
            "転職してきて1年以内。立ち上がりの悩みを同じ目線で話せます。",
            "Joined from another company less than a year ago; close to the same onboarding questions.",
        ),
        items: &[],
    },
    SeedTheme {
        id: CAREER_1_TO_3,
        category: 1,
        name: ("キャリア入社（1〜3年）", "Mid-career hire (1–3 years)"),
        description: (
            "転職して1〜3年。前職との違いを乗り越えてきた経験を話せます。",
            "Joined from another company one to three years ago.",
        ),
        items: &[],
    },
    SeedTheme {
        id: CAREER_3_PLUS,
        category: 1,
        name: ("キャリア入社（3年以上）", "Mid-career hire (3+ years)"),
        description: (
            "転職して3年以上。中途入社からのキャリアの広げ方を話せます。",
            "Joined from another company more than three years ago.",
        ),
        items: &[],
    },
    SeedTheme {
        id: HOME_REGION,
        category: 1,
        name: ("出身エリア", "Home town and region"),
        description: (
            "同郷の話や、地元で働くことについて話せます。",
            "Where you grew up; working near home.",
        ),
        items: &[("出身地", "Where you grew up")],
    },
    SeedTheme {
        id: DEPARTMENTS_WORKED,
        category: 2,
        name: ("経験部署", "Several departments"),
        description: (
            "複数の部署を経験した人に、異動やキャリアの広げ方を聞けます。",
            "People who have worked in several departments.",
        ),
        items: &[("経験した部署と時期", "Departments and years")],
    },
    SeedTheme {
        id: POSTING_ABROAD,
        category: 2,
        name: ("海外駐在", "Posting abroad"),
        description: (
            "海外拠点への駐在経験。赴任準備から現地での働き方まで。",
            "Having worked at an overseas office, from preparing to living there.",
        ),
        items: &[("駐在した国・期間", "Country and period"), ("現地での担当業務", "Role there")],
    },
    SeedTheme {
        id: SECONDMENT,
        category: 2,
        name: ("関連会社への出向", "Secondment to a group company"),
        description: (
            "グループ会社への出向経験。外から見た本社、戻ってからの活かし方。",
            "Having worked at a group company on secondment.",
        ),
        items: &[("出向先・期間", "Company and period")],
    },
    SeedTheme {
        id: PROJECT_DX,
        category: 2,
        name: ("プロジェクトテーマ（DX・生産性向上）", "Digital and productivity projects"),
        description: (
            "業務のデジタル化や生産性向上のプロジェクトに関わった人です。",
            "People who worked on digitalisation or productivity projects.",
        ),
        items: &[("取り組んだプロジェクト", "Projects you worked on")],
    },
    SeedTheme {
        id: JOINT_PROPOSALS,
        category: 2,
        name: ("共同提案事例", "Proposals with other departments"),
        description: (
            "部署をまたいだ共同提案でお客様に提案した経験。",
            "Proposals to customers made together with other departments.",
        ),
        items: &[],
    },
    SeedTheme {
        id: INITIATIVE_LEAD,
        category: 2,
        name: ("推進担当", "Leading a company initiative"),
        description: (
            "働き方改革や女性活躍推進など、全社施策の推進担当の経験。",
            "Having led a company-wide initiative such as new ways of working.",
        ),
        items: &[("担当した施策", "Initiative")],
    },
    SeedTheme {
        id: CLUBS,
        category: 3,
        name: ("社内サークル・趣味", "Clubs and hobbies"),
        description: ("社内サークルや趣味を通じたつながりづくり。", "Company clubs and hobbies."),
        items: &[("サークル・趣味", "Club or hobby")],
    },
    SeedTheme {
        id: SPORTS,
        category: 3,
        name: ("スポーツ経験", "Sport alongside work"),
        description: ("スポーツを続けながら働くこと、体力づくり。", "Doing sport alongside work."),
        items: &[("競技・期間", "Sport and how long")],
    },
    SeedTheme {
        id: STUDY_GROUP,
        category: 3,
        name: ("自主勉強会の主催", "Running a study group"),
        description: (
            "社内で自主的な勉強会を立ち上げ、続けている人です。",
            "Having started and run a study group.",
        ),
        items: &[],
    },
    SeedTheme {
        id: INTERNAL_TALKS,
        category: 3,
        name: ("社内イベント登壇", "Speaking at company events"),
        description: (
            "全社会議や社内LT会での登壇経験。",
            "Having spoken at all-hands or internal lightning talks.",
        ),
        items: &[],
    },
    SeedTheme {
        id: STUDY_ABROAD,
        category: 3,
        name: ("留学・大学院", "Study abroad or graduate school"),
        description: ("海外留学や社会人大学院で学んだ経験。", "Having studied abroad or at graduate school."),
        items: &[("留学先・学位", "Where and degree")],
    },
    SeedTheme {
        id: SIDE_JOB,
        category: 3,
        name: ("副業", "Side job"),
        description: (
            "会社の副業制度を使って社外でも働いている人です。",
            "Working a side job under the company's rules.",
        ),
        items: &[("副業の内容", "What you do")],
    },
    SeedTheme {
        id: PARENTAL_LEAVE,
        category: 4,
        name: ("育休・産休取得", "Parental leave"),
        description: (
            "産休・育休を取得し、復帰した経験。休業前の準備から復帰後の働き方まで。",
            "Having taken maternity or parental leave and come back.",
        ),
        items: &[("取得時期・期間", "When and how long"), ("復帰後の働き方", "How you work since")],
    },
    SeedTheme {
        id: CARE_LEAVE,
        category: 4,
        name: ("介護休暇取得", "Family care leave"),
        description: (
            "家族の介護のために休暇や短時間勤務を使った経験。",
            "Having taken leave to care for family.",
        ),
        items: &[],
    },
    SeedTheme {
        id: SHORT_HOURS,
        category: 4,
        name: ("時短勤務", "Working shorter hours"),
        description: (
            "短時間勤務制度を使いながら働いた経験。",
            "Having worked shorter hours under the programme.",
        ),
        items: &[],
    },
    SeedTheme {
        id: REMOTE_WORK,
        category: 4,
        name: ("遠隔地勤務・リモート", "Working remotely"),
        description: (
            "本社から離れた場所やフルリモートで働いている人です。",
            "Working far from the office or fully remote.",
        ),
        items: &[("勤務地", "Where you work from")],
    },
    SeedTheme {
        id: JOB_POSTING,
        category: 4,
        name: ("社内公募制度", "Internal transfer by job posting"),
        description: (
            "社内公募制度で異動した経験。",
            "Having moved through the internal job posting programme.",
        ),
        items: &[("異動前後の部署", "From and to")],
    },
    SeedTheme {
        id: CERTIFICATIONS,
        category: 4,
        name: ("TOEIC・資格取得", "Certifications and TOEIC"),
        description: (
            "働きながら資格やスコアを取った経験。",
            "Having earned certificates or test scores while working.",
        ),
        items: &[("資格・スコア", "Certificate or score")],
    },
    SeedTheme {
        id: COACHING,
        category: 4,
        name: ("コーチング研修", "Coaching training"),
        description: (
            "社内のコーチング研修を修了した人です。",
            "Having completed the company's coaching training.",
        ),
        items: &[],
    },
    SeedTheme {
        id: ASSESSMENT,
        category: 5,
        name: ("アセスメント結果", "Assessment results"),
        description: (
            "適性検査・強み診断の結果をキャリアに活かす話。",
            "Using assessment results in your career.",
        ),
        items: &[("タイプ・上位の資質", "Type or top strengths")],
    },
    SeedTheme {
        id: FIRST_TIME_MANAGER,
        category: 5,
        name: ("初めての管理職", "First-time manager"),
        description: ("初めて部下を持ったときの悩みや乗り越え方。", "Becoming a manager for the first time."),
        items: &[],
    },
];
