//! The demo organisation: departments, offices and people.

use naname_contract::auth::Role;
use naname_contract::people::HireKind;

/// `(id, name_ja, name_en)`, in display order.
pub const DEPARTMENTS: [(i64, &str, &str); 8] = [
    (1, "営業部", "Sales"),
    (2, "開発部", "Engineering"),
    (3, "人事部", "Human Resources"),
    (4, "マーケティング部", "Marketing"),
    (5, "経理財務部", "Finance"),
    (6, "カスタマーサクセス部", "Customer Success"),
    (7, "海外事業部", "International Business"),
    (8, "経営企画室", "Corporate Planning"),
];

pub const SALES: i64 = 1;
pub const ENGINEERING: i64 = 2;
pub const HR: i64 = 3;
pub const MARKETING: i64 = 4;
pub const FINANCE: i64 = 5;
pub const CS: i64 = 6;
pub const INTERNATIONAL: i64 = 7;
pub const PLANNING: i64 = 8;

pub struct Office {
    pub ja: &'static str,
    pub en: &'static str,
    pub time_zone: &'static str,
}

pub const TOKYO: usize = 0;
pub const OSAKA: usize = 1;
pub const NAGOYA: usize = 2;
pub const FUKUOKA: usize = 3;
pub const SAPPORO: usize = 4;
pub const SINGAPORE: usize = 5;
pub const LONDON: usize = 6;
pub const NEW_YORK: usize = 7;
pub const REMOTE_NAGANO: usize = 8;

pub const OFFICES: [Office; 9] = [
    Office { ja: "東京本社", en: "Tokyo HQ", time_zone: "Asia/Tokyo" },
    Office { ja: "大阪支社", en: "Osaka Office", time_zone: "Asia/Tokyo" },
    Office { ja: "名古屋営業所", en: "Nagoya Office", time_zone: "Asia/Tokyo" },
    Office { ja: "福岡支社", en: "Fukuoka Office", time_zone: "Asia/Tokyo" },
    Office { ja: "札幌オフィス", en: "Sapporo Office", time_zone: "Asia/Tokyo" },
    Office { ja: "シンガポール支社", en: "Singapore Office", time_zone: "Asia/Singapore" },
    Office { ja: "ロンドン支社", en: "London Office", time_zone: "Europe/London" },
    Office { ja: "ニューヨーク支社", en: "New York Office", time_zone: "America/New_York" },
    Office { ja: "フルリモート（長野）", en: "Remote (Nagano)", time_zone: "Asia/Tokyo" },
];

type Title = (&'static str, &'static str);
const MEMBER: Title = ("メンバー", "Associate");
const SENIOR: Title = ("主任", "Senior Associate");
const LEAD: Title = ("リーダー", "Team Lead");
const MANAGER: Title = ("課長", "Manager");
const ENGINEER: Title = ("エンジニア", "Software Engineer");
const SENIOR_ENGINEER: Title = ("シニアエンジニア", "Senior Software Engineer");

pub struct SeedPerson {
    /// Empty means `given.family@example.com` from the Latin name.
    pub email: &'static str,
    pub name: &'static str,
    pub reading: &'static str,
    pub latin: &'static str,
    pub department: i64,
    pub title: Title,
    pub office: usize,
    pub joined: i32,
    pub hire: HireKind,
    pub role: Role,
}

impl SeedPerson {
    pub fn email(&self) -> String {
        if self.email.is_empty() {
            format!("{}@example.com", self.latin.to_lowercase().replace(' ', "."))
        } else {
            self.email.to_string()
        }
    }
}

/// Positional on purpose: the table below reads like a spreadsheet.
#[allow(clippy::too_many_arguments)]
const fn p(
    name: &'static str,
    reading: &'static str,
    latin: &'static str,
    department: i64,
    title: Title,
    office: usize,
    joined: i32,
    hire: HireKind,
) -> SeedPerson {
    SeedPerson {
        email: "",
        name,
        reading,
        latin,
        department,
        title,
        office,
        joined,
        hire,
        role: Role::Employee,
    }
}

use HireKind::{CareerHire as CH, NewGraduate as NG};

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const MENTOR_EMAIL: &str = "mentor@example.com";
pub const MENTEE_EMAIL: &str = "mentee@example.com";

/// Everyone, in insertion order: ids are 1, 2, 3… in this order on a fresh database.
pub const PEOPLE: &[SeedPerson] = &[
    // The three demo logins come first so their ids are 1, 2 and 3.
    SeedPerson {
        email: ADMIN_EMAIL,
        role: Role::Admin,
        ..p("中村 由紀", "なかむら ゆき", "Yuki Nakamura", HR, MANAGER, TOKYO, 2012, CH)
    },
    SeedPerson {
        email: MENTOR_EMAIL,
        ..p("高橋 彩", "たかはし あや", "Aya Takahashi", ENGINEERING, LEAD, TOKYO, 2024, CH)
    },
    SeedPerson {
        email: MENTEE_EMAIL,
        ..p("山田 翔太", "やまだ しょうた", "Shota Yamada", SALES, MEMBER, TOKYO, 2026, NG)
    },
    // Mentors.
    p("佐藤 美咲", "さとう みさき", "Misaki Sato", SALES, SENIOR, TOKYO, 2016, NG),
    p("鈴木 大輔", "すずき だいすけ", "Daisuke Suzuki", SALES, ("部長", "Head of Sales"), TOKYO, 2005, NG),
    p(
        "田中 健一",
        "たなか けんいち",
        "Kenichi Tanaka",
        ENGINEERING,
        ("部長", "Head of Engineering"),
        TOKYO,
        2008,
        CH,
    ),
    p("伊藤 さくら", "いとう さくら", "Sakura Ito", MARKETING, MANAGER, TOKYO, 2014, NG),
    p("渡辺 拓也", "わたなべ たくや", "Takuya Watanabe", ENGINEERING, SENIOR_ENGINEER, FUKUOKA, 2023, CH),
    p("小林 真由美", "こばやし まゆみ", "Mayumi Kobayashi", FINANCE, MANAGER, TOKYO, 2010, NG),
    p("加藤 亮", "かとう りょう", "Ryo Kato", INTERNATIONAL, MANAGER, SINGAPORE, 2011, NG),
    p("吉田 恵", "よしだ めぐみ", "Megumi Yoshida", CS, LEAD, OSAKA, 2023, CH),
    p("山本 直樹", "やまもと なおき", "Naoki Yamamoto", PLANNING, MANAGER, TOKYO, 2009, NG),
    p("松本 千尋", "まつもと ちひろ", "Chihiro Matsumoto", HR, SENIOR, TOKYO, 2024, CH),
    p("井上 陽介", "いのうえ ようすけ", "Yosuke Inoue", ENGINEERING, ENGINEER, REMOTE_NAGANO, 2019, CH),
    p("木村 愛", "きむら あい", "Ai Kimura", MARKETING, MEMBER, TOKYO, 2025, CH),
    p("林 浩二", "はやし こうじ", "Koji Hayashi", SALES, MANAGER, NAGOYA, 2007, NG),
    p("清水 優子", "しみず ゆうこ", "Yuko Shimizu", FINANCE, SENIOR, TOKYO, 2018, NG),
    p("山口 翼", "やまぐち つばさ", "Tsubasa Yamaguchi", ENGINEERING, SENIOR_ENGINEER, TOKYO, 2017, NG),
    p("森 彩花", "もり あやか", "Ayaka Mori", CS, MEMBER, SAPPORO, 2022, CH),
    p(
        "池田 誠",
        "いけだ まこと",
        "Makoto Ikeda",
        INTERNATIONAL,
        ("部長", "Head of International Business"),
        TOKYO,
        2006,
        NG,
    ),
    p("橋本 舞", "はしもと まい", "Mai Hashimoto", HR, LEAD, TOKYO, 2024, CH),
    p("阿部 隼人", "あべ はやと", "Hayato Abe", MARKETING, SENIOR, OSAKA, 2015, NG),
    p("石川 奈々", "いしかわ なな", "Nana Ishikawa", ENGINEERING, ENGINEER, TOKYO, 2023, CH),
    p("前田 和也", "まえだ かずや", "Kazuya Maeda", FINANCE, ("部長", "Head of Finance"), TOKYO, 2005, CH),
    p("藤田 美穂", "ふじた みほ", "Miho Fujita", PLANNING, SENIOR, TOKYO, 2013, NG),
    p("岡田 健太", "おかだ けんた", "Kenta Okada", SALES, LEAD, FUKUOKA, 2019, CH),
    p(
        "Tan Wei Ling",
        "タン ウェイリン",
        "Tan Wei Ling",
        INTERNATIONAL,
        ("リージョナルマネージャー", "Regional Manager"),
        SINGAPORE,
        2016,
        CH,
    ),
    p(
        "Oliver Bennett",
        "オリバー ベネット",
        "Oliver Bennett",
        INTERNATIONAL,
        ("セールスマネージャー", "Sales Manager"),
        LONDON,
        2021,
        CH,
    ),
    p(
        "Emily Carter",
        "エミリー カーター",
        "Emily Carter",
        INTERNATIONAL,
        ("アカウントエグゼクティブ", "Account Executive"),
        NEW_YORK,
        2024,
        CH,
    ),
    // Everyone else.
    p("小川 大樹", "おがわ だいき", "Daiki Ogawa", SALES, MEMBER, TOKYO, 2021, NG),
    p("中島 結衣", "なかじま ゆい", "Yui Nakajima", SALES, MEMBER, OSAKA, 2022, NG),
    p("村上 悠斗", "むらかみ ゆうと", "Yuto Murakami", SALES, SENIOR, NAGOYA, 2017, CH),
    p("近藤 美月", "こんどう みづき", "Mizuki Kondo", SALES, MEMBER, FUKUOKA, 2025, NG),
    p("石井 翔", "いしい しょう", "Sho Ishii", SALES, MEMBER, TOKYO, 2026, NG),
    p("坂本 陸", "さかもと りく", "Riku Sakamoto", SALES, LEAD, OSAKA, 2014, NG),
    p("内田 康平", "うちだ こうへい", "Kohei Uchida", SALES, MEMBER, NAGOYA, 2024, CH),
    p("遠藤 蓮", "えんどう れん", "Ren Endo", ENGINEERING, ENGINEER, TOKYO, 2024, NG),
    p("青木 美優", "あおき みゆ", "Miyu Aoki", ENGINEERING, ENGINEER, TOKYO, 2025, CH),
    p("藤井 湊", "ふじい みなと", "Minato Fujii", ENGINEERING, SENIOR_ENGINEER, FUKUOKA, 2018, CH),
    p("西村 花", "にしむら はな", "Hana Nishimura", ENGINEERING, ENGINEER, TOKYO, 2026, NG),
    p(
        "福田 航",
        "ふくだ わたる",
        "Wataru Fukuda",
        ENGINEERING,
        ("テックリード", "Tech Lead"),
        TOKYO,
        2015,
        NG,
    ),
    p("太田 紗希", "おおた さき", "Saki Ota", ENGINEERING, ("QAエンジニア", "QA Engineer"), OSAKA, 2021, CH),
    p("三浦 颯太", "みうら そうた", "Sota Miura", ENGINEERING, ENGINEER, REMOTE_NAGANO, 2022, CH),
    p(
        "安藤 正樹",
        "あんどう まさき",
        "Masaki Ando",
        ENGINEERING,
        ("エンジニアリングマネージャー", "Engineering Manager"),
        TOKYO,
        2010,
        CH,
    ),
    p("Raj Patel", "ラジ パテル", "Raj Patel", ENGINEERING, SENIOR_ENGINEER, SINGAPORE, 2020, CH),
    p(
        "藤原 真理子",
        "ふじわら まりこ",
        "Mariko Fujiwara",
        HR,
        ("部長", "Head of Human Resources"),
        TOKYO,
        2006,
        NG,
    ),
    p("岡本 陽菜", "おかもと ひな", "Hina Okamoto", HR, MEMBER, TOKYO, 2025, NG),
    p("松田 圭", "まつだ けい", "Kei Matsuda", HR, SENIOR, OSAKA, 2019, CH),
    p("谷口 千夏", "たにぐち ちなつ", "Chinatsu Taniguchi", HR, MEMBER, OSAKA, 2020, NG),
    p("中川 葵", "なかがわ あおい", "Aoi Nakagawa", MARKETING, MEMBER, TOKYO, 2023, NG),
    p(
        "中野 亮介",
        "なかの りょうすけ",
        "Ryosuke Nakano",
        MARKETING,
        ("部長", "Head of Marketing"),
        TOKYO,
        2011,
        CH,
    ),
    p("原田 凛", "はらだ りん", "Rin Harada", MARKETING, MEMBER, TOKYO, 2026, NG),
    p("小野 智也", "おの ともや", "Tomoya Ono", MARKETING, SENIOR, OSAKA, 2020, CH),
    p("高木 玲奈", "たかぎ れいな", "Reina Takagi", MARKETING, MEMBER, TOKYO, 2021, NG),
    p(
        "Daniel Kim",
        "ダニエル キム",
        "Daniel Kim",
        MARKETING,
        ("マーケティングマネージャー", "Marketing Manager"),
        NEW_YORK,
        2022,
        CH,
    ),
    p("田村 由美", "たむら ゆみ", "Yumi Tamura", FINANCE, MEMBER, TOKYO, 2016, NG),
    p("竹内 悟", "たけうち さとる", "Satoru Takeuchi", FINANCE, SENIOR, TOKYO, 2012, CH),
    p("金子 莉子", "かねこ りこ", "Riko Kaneko", FINANCE, MEMBER, TOKYO, 2024, NG),
    p("和田 修", "わだ おさむ", "Osamu Wada", FINANCE, MANAGER, OSAKA, 2008, NG),
    p("野村 千晴", "のむら ちはる", "Chiharu Nomura", FINANCE, MEMBER, FUKUOKA, 2019, NG),
    p(
        "Lim Jia Hui",
        "リム ジアフイ",
        "Lim Jia Hui",
        FINANCE,
        ("ファイナンスアナリスト", "Finance Analyst"),
        SINGAPORE,
        2023,
        CH,
    ),
    p(
        "中山 沙織",
        "なかやま さおり",
        "Saori Nakayama",
        CS,
        ("部長", "Head of Customer Success"),
        TOKYO,
        2010,
        CH,
    ),
    p("石田 拓海", "いしだ たくみ", "Takumi Ishida", CS, MEMBER, OSAKA, 2023, NG),
    p("上田 杏", "うえだ あん", "An Ueda", CS, MEMBER, SAPPORO, 2025, CH),
    p("森田 大和", "もりた やまと", "Yamato Morita", CS, LEAD, FUKUOKA, 2018, NG),
    p("原 結菜", "はら ゆいな", "Yuina Hara", CS, MEMBER, TOKYO, 2026, NG),
    p("丸山 徹", "まるやま とおる", "Toru Maruyama", CS, SENIOR, TOKYO, 2016, CH),
    p(
        "Sophie Martin",
        "ソフィー マーティン",
        "Sophie Martin",
        CS,
        ("カスタマーサクセスマネージャー", "Customer Success Manager"),
        LONDON,
        2025,
        CH,
    ),
    p("柴田 直人", "しばた なおと", "Naoto Shibata", INTERNATIONAL, MANAGER, NEW_YORK, 2013, NG),
    p("酒井 美紀", "さかい みき", "Miki Sakai", INTERNATIONAL, SENIOR, LONDON, 2019, CH),
    p("菅原 悠真", "すがわら ゆうま", "Yuma Sugawara", INTERNATIONAL, MEMBER, SINGAPORE, 2023, NG),
    p(
        "横山 博之",
        "よこやま ひろゆき",
        "Hiroyuki Yokoyama",
        PLANNING,
        ("室長", "Head of Corporate Planning"),
        TOKYO,
        2005,
        NG,
    ),
    p("工藤 明日香", "くどう あすか", "Asuka Kudo", PLANNING, MEMBER, TOKYO, 2024, NG),
    p("宮崎 遥", "みやざき はるか", "Haruka Miyazaki", PLANNING, MEMBER, TOKYO, 2022, CH),
];
