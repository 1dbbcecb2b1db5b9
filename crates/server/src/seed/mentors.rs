//! Demo mentors: their themes (approved with answers, pending, declined),
//! what they can talk about, and their preferred 1on1 times.

use super::themes::*;

pub struct SeedMentor {
    pub email: &'static str,
    /// Approved themes with answers to the theme's required items, in order,
    /// each `(ja, en)`; an empty side is not written.
    pub approved: &'static [(i64, &'static [(&'static str, &'static str)])],
    /// Registered by the admin, not yet answered by the mentor.
    pub pending: &'static [i64],
    pub declined: &'static [i64],
    /// What they can talk about, `(ja, en)`: most wrote both, a few only
    /// Japanese and one only English, so the demo shows the fallback tags.
    pub talk_about: (&'static str, &'static str),
    pub slot_minutes: i64,
    /// Kept free around each booked 1on1.
    pub buffer_minutes: i64,
    /// Minimum notice for a request.
    pub notice_hours: i64,
    /// How far ahead requests are taken.
    pub horizon_days: i64,
    /// `(ISO weekday, "HH:MM", "HH:MM")` in the mentor's own zone.
    pub times: &'static [(i64, &'static str, &'static str)],
}

pub const MON: i64 = 1;
pub const TUE: i64 = 2;
pub const WED: i64 = 3;
pub const THU: i64 = 4;
pub const FRI: i64 = 5;

/// A date that differs from a mentor's weekly hours, placed relative to the
/// day the demo is seeded (so it is always ahead): the first `weekday` at
/// least `weeks_ahead` weeks after that day, in the mentor's zone.
pub struct SeedException {
    pub email: &'static str,
    pub weeks_ahead: i64,
    pub weekday: i64,
    /// `None`: a day off; otherwise extra hours that day.
    pub extra: Option<(&'static str, &'static str)>,
}

pub const EXCEPTIONS: &[SeedException] = &[
    // 鈴木 大輔 takes a Friday off.
    SeedException { email: "daisuke.suzuki@example.com", weeks_ahead: 2, weekday: FRI, extra: None },
    // 田中 健一 offers a Monday lunch on top of his Tuesdays and Thursdays.
    SeedException {
        email: "kenichi.tanaka@example.com",
        weeks_ahead: 1,
        weekday: MON,
        extra: Some(("13:00", "14:30")),
    },
    // 前田 和也 is closing the books: every Thursday of his 45-day horizon is
    // off, so the demo has a mentor with nothing free (he offers Thursdays only).
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 0, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 1, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 2, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 3, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 4, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 5, weekday: THU, extra: None },
    SeedException { email: "kazuya.maeda@example.com", weeks_ahead: 6, weekday: THU, extra: None },
];

pub const MENTORS: &[SeedMentor] = &[
    SeedMentor {
        email: "mentor@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (PARENTAL_LEAVE, &[("2024年10月〜2025年3月（約6か月）", "Oct 2024 – Mar 2025 (about six months)"), ("時短勤務（9:30〜16:30）で復帰し、リーダー業務を継続", "Back on shorter hours (9:30–16:30), still leading the team")]),
            (SHORT_HOURS, &[]),
            (CLUBS, &[("ボードゲーム部（月2回、昼休みに活動）", "Board game club (twice a month, at lunchtime)")]),
        ],
        pending: &[STUDY_GROUP],
        declined: &[],
        talk_about: ("2024年にSIerから転職し、入社1年目の途中で第二子の育休を半年取りました。転職直後の休業で不安だらけでしたが、\
                     チームと相談しながら復帰の段取りを組んだ経験はお伝えできると思います。\
                     今は時短勤務でリーダーをしているので、限られた時間での仕事の任せ方や線引きについても一緒に考えましょう。",
                     "I moved here from a systems integrator in 2024 and took six months of parental leave for my second child partway through my first year. \
                     Taking leave so soon after changing jobs left me full of worries, but I can share how I worked out my return step by step with my team. \
                     I now lead a team on shorter hours, so let's also think together about how to delegate and where to draw lines when time is limited."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 60,
        times: &[(TUE, "12:00", "13:00"), (WED, "16:00", "17:00"), (THU, "12:00", "13:00")],
    },
    SeedMentor {
        email: "misaki.sato@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (JOB_POSTING, &[("カスタマーサクセス部 → 営業部（2021年）", "Customer Success → Sales (2021)")]),
            (CLUBS, &[("フットサル部（週1回）", "Futsal club (once a week)")]),
        ],
        pending: &[INTERNAL_TALKS],
        declined: &[],
        talk_about: ("新卒でカスタマーサクセス部に配属され、2021年に社内公募で営業部へ移りました。\
                     異動を考え始めたときの迷いや、上司への切り出し方、応募書類に何を書いたかなど具体的にお話しできます。\
                     営業未経験からの立ち上がりで苦労した話もたくさんあります。",
                     "I joined Customer Success as a new graduate and moved to Sales through an internal job posting in 2021. \
                     I can talk concretely about the doubts I had when I first thought about moving, how I raised it with my manager and what I wrote in my application. \
                     I also have plenty of stories about finding my feet in sales with no experience."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 45,
        times: &[(MON, "17:00", "18:00"), (WED, "12:00", "13:00")],
    },
    SeedMentor {
        email: "daisuke.suzuki@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (DEPARTMENTS_WORKED, &[("営業部（2005〜2012）、経営企画室（2012〜2016）、営業部（2016〜）", "Sales 2005–12, Corporate Planning 2012–16, Sales 2016–")]),
            (INTERNAL_TALKS, &[]),
        ],
        pending: &[],
        declined: &[ASSESSMENT],
        talk_about: ("入社20年、営業一筋に見えて実は経営企画も経験しています。部署をまたいで見えたこと、\
                     管理職になって変わったこと・変わらなかったことなど、長く働いてきたからこそ話せることがあります。\
                     若手の方の「このままでいいのかな」という漠然とした悩みも大歓迎です。",
                     "In 20 years here I may look like a lifelong salesperson, but I have also worked in Corporate Planning. \
                     I can talk about what I saw from working across departments, what changed and what didn't when I became a manager, and other things you only learn by working somewhere a long time. \
                     Vague worries from younger colleagues, like \"is this really the right path for me?\", are very welcome."),
        slot_minutes: 60,
        buffer_minutes: 15,
        notice_hours: 24,
        horizon_days: 60,
        times: &[(FRI, "16:00", "18:00")],
    },
    SeedMentor {
        email: "kenichi.tanaka@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (CAREER_3_PLUS, &[]),
            (PROJECT_DX, &[("基幹システム刷新プロジェクト（2019〜2022）、全社のペーパーレス化", "Core system replacement (2019–22), company-wide paperless")]),
            (COACHING, &[]),
        ],
        pending: &[JOINT_PROPOSALS],
        declined: &[],
        talk_about: ("外資系ITから2008年に転職し、開発部の立ち上げから関わってきました。\
                     基幹システムの刷新を3年がかりでやり切った経験があり、技術選定や経営層への説明の仕方はお役に立てるかもしれません。\
                     コーチング研修を受けてからは、答えを渡すより一緒に整理する1on1を心がけています。",
                     "I came from a foreign-owned IT company in 2008 and have been involved with the Development department since it was set up. \
                     I saw a three-year replacement of our core systems through to the end, so I may be able to help with choosing technology and explaining it to senior management. \
                     Since taking coaching training, I try to hold 1on1s where we sort things out together rather than me handing over answers."),
        slot_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(TUE, "08:30", "09:30"), (THU, "17:00", "18:30")],
    },
    SeedMentor {
        email: "sakura.ito@example.com",
        approved: &[
            (NEW_GRADUATE, &[]),
            (PARENTAL_LEAVE, &[("2017年・2020年にそれぞれ約1年", "About a year each, in 2017 and in 2020"), ("時短勤務（10:00〜16:00）から段階的にフルタイムへ", "From shorter hours (10:00–16:00) to full time, step by step")]),
            (SHORT_HOURS, &[]),
            (INITIATIVE_LEAD, &[("女性活躍推進プロジェクト（2022年〜）", "Women's advancement project (2022–)")]),
            (FIRST_TIME_MANAGER, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("二度の育休を経て、今はマーケティング部で課長をしています。\
                     復帰直後は会議に出られない時間帯があることに引け目を感じていましたが、周りを巻き込むコツがつかめてから楽になりました。\
                     女性活躍推進プロジェクトの担当もしているので、制度の使い方の相談にも乗れます。",
                     "After two parental leaves, I am now a section manager in Marketing. \
                     Right after returning I felt bad about the hours when I couldn't attend meetings, but it got easier once I learned how to bring the people around me on board. \
                     I also run the women's advancement project, so I can help with questions about how to use the company's programmes."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(MON, "12:00", "13:00"), (WED, "12:00", "13:00"), (FRI, "12:00", "13:00")],
    },
    SeedMentor {
        email: "takuya.watanabe@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (REMOTE_WORK, &[("福岡（週1回福岡支社、それ以外は在宅）", "Fukuoka (Fukuoka branch once a week, otherwise at home)")]),
            (STUDY_GROUP, &[]),
            (CERTIFICATIONS, &[("AWS Solutions Architect – Professional", "AWS Solutions Architect – Professional")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("福岡に住んだまま、2023年にWeb系スタートアップから転職しました。\
                     リモート中心の働き方でチームに溶け込むためにやったこと、やって失敗したことを共有できます。\
                     社内でRust勉強会を主催しているので、勉強会を始めたい人の相談も歓迎です。",
                     "I joined from a web start-up in 2023 while staying in Fukuoka. \
                     I can share what I did to fit into my team while working mainly remotely, and what I tried that didn't work. \
                     I organise a Rust study group in the company, so if you want to start a study group, I'm happy to help."),
        slot_minutes: 30,
        buffer_minutes: 5,
        notice_hours: 12,
        horizon_days: 30,
        times: &[(TUE, "10:00", "11:00"), (THU, "10:00", "11:00"), (THU, "15:00", "16:00")],
    },
    SeedMentor {
        email: "mayumi.kobayashi@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (CARE_LEAVE, &[]),
            (CERTIFICATIONS, &[("日商簿記1級、税理士試験（簿記論・財務諸表論）合格", "Bookkeeping Level 1; passed two tax accountant exam subjects")]),
            (FIRST_TIME_MANAGER, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("父の介護のため、2021年に介護休暇と短時間勤務を組み合わせて一年ほど働きました。\
                     誰にどこまで話すか、仕事の引き継ぎをどう準備するかは、当事者になって初めて悩んだことです。\
                     経理の専門資格を働きながら取った話もできます。",
                     "To care for my father, in 2021 I worked for about a year combining carer's leave with shorter working hours. \
                     How much to tell whom, and how to prepare handovers, were things I only worried about once I was in that situation myself. \
                     I can also talk about earning professional accounting qualifications while working."),
        slot_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(WED, "13:00", "14:00"), (FRI, "10:00", "11:00")],
    },
    SeedMentor {
        email: "ryo.kato@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (POSTING_ABROAD, &[("シンガポール（2019年〜現在）", "Singapore (2019 – now)"), ("東南アジアの販売代理店の開拓とマネジメント", "Finding and managing sales agents in Southeast Asia")]),
            (CERTIFICATIONS, &[("TOEIC 910点", "TOEIC 910")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("2019年からシンガポールに駐在しています。赴任の内示を受けたときの家族との話し合い、\
                     現地スタッフとのマネジメントの違い、日本とのやりとりの時差など、駐在のリアルをお伝えできます。\
                     TOEICは500点台から独学で900点まで上げました。",
                     "I have been posted in Singapore since 2019. \
                     I can tell you what a posting abroad is really like: talking it over with my family when the transfer was announced, how managing local staff differs, and working across the time difference with Japan. \
                     I raised my TOEIC score from the 500s to 900 by studying on my own."),
        slot_minutes: 30,
        buffer_minutes: 10,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(MON, "09:00", "10:00"), (WED, "09:00", "10:00")],
    },
    SeedMentor {
        email: "megumi.yoshida@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (PARENTAL_LEAVE, &[("2024年2月〜2025年1月（産休・育休）", "Feb 2024 – Jan 2025 (maternity and parental leave)"), ("フルタイムで復帰、週2回在宅", "Back full time, working from home twice a week")]),
            (HOME_REGION, &[("兵庫県神戸市", "Kobe, Hyogo")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("前職は小売の店長で、2023年にカスタマーサクセスへ未経験で転職しました。\
                     入社10か月で産休に入ることになり、評価やキャリアへの影響が本当に気になっていたので、同じ状況の方の不安はよくわかります。\
                     大阪支社ならではの働き方の話もどうぞ。",
                     "I used to manage a retail store and moved into Customer Success with no experience in 2023. \
                     Ten months after joining I went on maternity leave, and I was really worried about how it would affect my evaluation and career, so I understand the worries of people in the same situation. \
                     Ask me about working at the Osaka branch too."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(TUE, "13:00", "14:00"), (THU, "13:00", "14:00")],
    },
    SeedMentor {
        email: "naoki.yamamoto@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (SECONDMENT, &[("ナナメ物流株式会社（2015〜2018）", "Naname Logistics Co., Ltd. (2015–2018)")]),
            (STUDY_ABROAD, &[("国内ビジネススクール夜間コース（MBA、2020年修了）", "Evening MBA at a business school in Japan (2020)")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("グループの物流子会社に3年間出向し、本社との関係を外から見る経験をしました。\
                     戻ってからは経営企画で中期経営計画を担当しています。\
                     働きながら夜間のMBAに通った時期もあるので、学び直しのスケジュールの組み方も話せます。",
                     "I was seconded to the group's logistics subsidiary for three years and saw our relationship with head office from the outside. \
                     Since coming back I have been in charge of the medium-term business plan in Corporate Planning. \
                     I also went to an evening MBA programme while working, so I can talk about how to schedule going back to study."),
        slot_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(MON, "12:00", "13:00"), (THU, "18:00", "19:00")],
    },
    SeedMentor {
        email: "chihiro.matsumoto@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (PARENTAL_LEAVE, &[("2025年4月〜2026年3月", "Apr 2025 – Mar 2026"), ("フレックスで9:00〜17:00中心に勤務", "Flexitime, mostly 9:00–17:00")]),
            (ASSESSMENT, &[("ストレングスファインダー上位：学習欲・共感性・調和性", "StrengthsFinder top: Learner, Empathy, Harmony")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("人材紹介会社から2024年に人事部へ転職しました。入社2年目に育休を取り、この春に復帰したばかりです。\
                     転職してすぐに休むことへの後ろめたさとどう折り合いをつけたか、正直にお話しします。",
                     "I moved from a recruitment agency to HR in 2024. \
                     I took parental leave in my second year and came back only this spring. \
                     I'll tell you honestly how I came to terms with the guilt of taking leave so soon after changing jobs."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(WED, "10:00", "11:00"), (FRI, "14:00", "15:00")],
    },
    SeedMentor {
        email: "yosuke.inoue@example.com",
        approved: &[
            (CAREER_3_PLUS, &[]),
            (REMOTE_WORK, &[("長野県松本市（フルリモート）", "Matsumoto, Nagano (fully remote)")]),
            (SIDE_JOB, &[("地元農家のECサイト運営支援（週末に月10時間程度）", "Helping local farmers run an online shop (~10 h a month)")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("2021年に長野へ移住し、フルリモートで開発を続けています。\
                     地方にいても評価やキャリアで不利にならないよう意識していることを共有できます。\
                     週末は地元の農家さんのECサイトを副業で手伝っていて、副業申請の手続きや本業とのバランスも相談に乗れます。",
                     "I moved to Nagano in 2021 and have kept working as a developer fully remotely. \
                     I can share what I pay attention to so that being outside the big cities doesn't hurt my evaluation or career. \
                     At weekends I help local farmers run their online shop as a side job, and I can advise on applying for a side job and balancing it with your main work."),
        slot_minutes: 30,
        buffer_minutes: 10,
        notice_hours: 12,
        horizon_days: 30,
        times: &[(MON, "15:00", "16:00"), (WED, "15:00", "16:00"), (FRI, "15:00", "16:00")],
    },
    SeedMentor {
        email: "ai.kimura@example.com",
        approved: &[(CAREER_WITHIN_1, &[]), (CLUBS, &[("写真部", "Photography club")]), (HOME_REGION, &[("沖縄県那覇市", "Naha, Okinawa")])],
        pending: &[],
        declined: &[],
        talk_about: ("広告代理店から2025年に転職してきたばかりです。\
                     社内用語がわからない、誰に聞けばいいかわからない――そんな入社したての悩みを、同じ目線で一緒に解消できればと思います。\
                     写真部にも入っているので、部署外の知り合いづくりの話もできます。",
                     "I have only just joined, from an advertising agency in 2025. \
                     You don't know the internal jargon, you don't know whom to ask: I hope we can solve those new-joiner worries together, from the same point of view. \
                     I'm also in the photography club, so I can talk about getting to know people outside your department."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(TUE, "17:00", "18:00"), (THU, "17:00", "18:00")],
    },
    SeedMentor {
        email: "koji.hayashi@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (SECONDMENT, &[("ナナメ販売株式会社（2014〜2016）", "Naname Sales Co., Ltd. (2014–2016)")]),
            (SPORTS, &[("ラグビー（高校から25年、今も社会人クラブで現役）", "Rugby (25 years since school, still playing in a club)")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("名古屋で法人営業のチームを率いています。入社8年目に販売子会社へ出向し、小さな組織で何でも屋をした経験が今のマネジメントの土台になりました。\
                     学生時代から続けているラグビーの話や、体力づくりと仕事の両立の話も気軽にどうぞ。",
                     "I lead a corporate sales team in Nagoya. \
                     In my eighth year I was seconded to a sales subsidiary, and being a jack of all trades in a small organisation became the foundation of how I manage today. \
                     Feel free to talk about rugby, which I've played since school, or about keeping fit alongside work."),
        slot_minutes: 30,
        buffer_minutes: 5,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(MON, "08:30", "09:30"), (THU, "12:00", "13:00")],
    },
    SeedMentor {
        email: "yuko.shimizu@example.com",
        approved: &[
            (NEW_GRADUATE, &[]),
            (PARENTAL_LEAVE, &[("2022年6月〜2023年9月", "Jun 2022 – Sep 2023"), ("時短勤務（9:00〜15:30）", "Shorter hours (9:00–15:30)")]),
            (SHORT_HOURS, &[]),
            (CERTIFICATIONS, &[("日商簿記2級、FP技能士2級", "Bookkeeping Level 2, Financial Planner Level 2")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("経理で月次決算を担当しています。育休から時短勤務で復帰し、締め日の繁忙期をどう乗り切るか毎月工夫しています。\
                     復帰後に簿記2級とFP2級を取ったので、すきま時間の勉強法も紹介できます。",
                     "I handle the monthly closing in Accounting. \
                     I came back from parental leave on shorter hours, and every month I find new ways to get through the busy period around the closing date. \
                     After returning I passed Bookkeeping Level 2 and FP Level 2, so I can share how to study in spare moments."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(TUE, "12:00", "13:00"), (WED, "12:00", "13:00")],
    },
    SeedMentor {
        email: "tsubasa.yamaguchi@example.com",
        approved: &[
            (NEW_GRADUATE, &[]),
            (PROJECT_DX, &[("営業見積の自動化（2023年）、経費精算のワークフロー刷新", "Automated sales quotes (2023), new expense workflow")]),
            (STUDY_GROUP, &[]),
            (INTERNAL_TALKS, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("新卒で入社してから、社内向けツールの開発と業務改善に携わってきました。\
                     営業部の見積作業を自動化して月100時間を削減したプロジェクトは、技術より現場の巻き込みのほうが大変でした。\
                     社内LT会の運営や登壇の準備も手伝えます。",
                     "Since joining as a new graduate I have worked on internal tools and business improvement. \
                     In the project that automated quotations for Sales and saved 100 hours a month, getting the people on the ground involved was harder than the technology. \
                     I can also help you run an internal lightning-talk event or prepare a talk."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(MON, "11:00", "12:00"), (WED, "17:00", "18:00")],
    },
    SeedMentor {
        email: "ayaka.mori@example.com",
        approved: &[
            (CAREER_3_PLUS, &[]),
            (REMOTE_WORK, &[("札幌（札幌オフィスと在宅の併用）", "Sapporo (Sapporo office and home)")]),
            (HOME_REGION, &[("北海道旭川市", "Asahikawa, Hokkaido")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("札幌オフィスからカスタマーサクセスを担当しています。\
                     東京のメンバーが多いチームで、オンライン中心でも存在感を出す工夫をいろいろ試してきました。\
                     北海道出身で、地元に戻って働く選択をした経緯もお話しできます。",
                     "I work in Customer Success from the Sapporo office. \
                     In a team where most members are in Tokyo, I have tried many ways to make my presence felt even when we mostly meet online. \
                     I'm from Hokkaido and can also tell you how I chose to come back home to work."),
        slot_minutes: 30,
        buffer_minutes: 5,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(TUE, "09:00", "10:00"), (FRI, "09:00", "10:00")],
    },
    SeedMentor {
        email: "makoto.ikeda@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (NEW_GRADUATE, &[]),
            (POSTING_ABROAD, &[("イギリス（2010〜2015）、アメリカ（2017〜2020）", "UK (2010–2015), USA (2017–2020)"), ("欧州販売子会社の立ち上げ、北米の大口顧客対応", "Set up the European sales subsidiary; key US accounts")]),
            (STUDY_ABROAD, &[("英国の大学院（MSc in Management、2009年、社費留学）", "UK graduate school (MSc in Management, 2009, sponsored)")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("ロンドンに5年、ニューヨークに3年駐在し、今は海外事業部をまとめています。\
                     若いうちに海外に出たい人、語学に自信はないけれど挑戦したい人の背中を押したいと思っています。\
                     社費で英国の大学院に留学した経験もあるので、制度の活用方法もお話しします。",
                     "I was posted in London for five years and in New York for three, and now I lead the Overseas Business division. \
                     I want to encourage people who want to work abroad while they are young, and people who aren't confident in languages but want to try. \
                     I also studied at a graduate school in the UK with company sponsorship, so I can tell you how to make use of that programme."),
        slot_minutes: 60,
        buffer_minutes: 15,
        notice_hours: 24,
        horizon_days: 60,
        times: &[(WED, "18:00", "19:00")],
    },
    SeedMentor {
        email: "mai.hashimoto@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (PARENTAL_LEAVE, &[("2024年8月〜2025年7月", "Aug 2024 – Jul 2025"), ("在宅勤務を週3日取り入れてフルタイムで復帰", "Back full time, working from home three days a week")]),
            (COACHING, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("コンサルティング会社から2024年に人事へ。入社してすぐに妊娠がわかり、1年目で育休を取りました。\
                     復帰後にコーチング研修を受け、今は管理職向けの1on1研修を企画しています。\
                     話を聞くだけでも、一緒に考えるのでも、どちらでも大丈夫です。",
                     "I moved from a consulting firm to HR in 2024. \
                     I found out I was pregnant right after joining and took parental leave in my first year. \
                     After coming back I took coaching training, and I now plan 1on1 training for managers. \
                     Whether you just want someone to listen or want to think it through together, either is fine."),
        slot_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 12,
        horizon_days: 45,
        times: &[(MON, "13:00", "14:00"), (THU, "16:00", "17:00")],
    },
    SeedMentor {
        email: "hayato.abe@example.com",
        approved: &[
            (NEW_GRADUATE, &[]),
            (CLUBS, &[("軽音楽部（ドラム）", "Band club (drums)")]),
            (SPORTS, &[("マラソン（フルマラソン8回完走）", "Marathon (finished eight full marathons)")]),
            (JOB_POSTING, &[("営業部 → マーケティング部（2021年）", "Sales → Marketing (2021)")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("営業部で6年働いたあと、社内公募でマーケティング部へ移りました。\
                     数字を追う仕事からデータで仮説を立てる仕事に変わり、最初の半年は戸惑いの連続でした。\
                     社内の軽音楽部でドラムを叩いていて、大阪マラソンにも毎年出ています。",
                     "After six years in Sales, I moved to Marketing through an internal job posting. \
                     My work changed from chasing numbers to forming hypotheses from data, and the first six months were one puzzle after another. \
                     I play drums in the company's band club and run the Osaka Marathon every year."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(WED, "17:30", "18:30"), (FRI, "12:00", "13:00")],
    },
    SeedMentor {
        email: "nana.ishikawa@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (CERTIFICATIONS, &[("基本情報技術者、応用情報技術者", "")]),
            (SIDE_JOB, &[("技術系メディアでの記事執筆（月1〜2本）", "")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("未経験からプログラミングスクールを経て、2023年に入社しました。\
                     文系出身でエンジニアになるまでの学び方や資格勉強を続けるコツなど、遠回りした分だけ話せることがあります。\
                     副業で技術記事の執筆もしています。", ""),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(TUE, "18:00", "19:00"), (THU, "18:00", "19:00")],
    },
    SeedMentor {
        email: "kazuya.maeda@example.com",
        approved: &[
            (JOINED_2020_OR_EARLIER, &[]),
            (CAREER_3_PLUS, &[]),
            (SECONDMENT, &[("ナナメ物流株式会社 財務部長（2016〜2018）", "")]),
            (CARE_LEAVE, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("銀行から2005年に転職し、経理財務部を長く見てきました。母の介護をきっかけに介護休暇を取り、部長職でも休めるのだと実感しました。\
                     出向先の関連会社で財務の立て直しをした経験もあります。数字の話に限らず、管理職の孤独についても話しましょう。\
                     決算期の間は1on1の受付をお休みしています。", ""),
        slot_minutes: 60,
        buffer_minutes: 15,
        notice_hours: 24,
        horizon_days: 45,
        times: &[(THU, "10:00", "11:00")],
    },
    SeedMentor {
        email: "miho.fujita@example.com",
        approved: &[
            (NEW_GRADUATE, &[]),
            (INITIATIVE_LEAD, &[("働き方改革推進（フレックス制度の全社導入、2021〜2023）", "Work-style reform (company-wide flexitime, 2021–2023)")]),
            (ASSESSMENT, &[("MBTI：INFJ、ストレングスファインダー上位：戦略性・内省", "MBTI: INFJ; StrengthsFinder top: Strategic, Intellection")]),
            (COACHING, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("働き方改革の推進担当として、全社のフレックス制度導入を進めました。\
                     社内調整の進め方や、反対意見のある人との向き合い方は一番学びが多かったところです。\
                     アセスメントの結果を自分のキャリアにどう活かすか悩んでいる方にも、経験をお話しできます。",
                     "As the person in charge of work-style reform, I led the company-wide introduction of flexitime. \
                     How to move internal coordination forward, and how to deal with people who disagree, were where I learned the most. \
                     I can also share my experience with anyone wondering how to use assessment results in their career."),
        slot_minutes: 30,
        buffer_minutes: 10,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(MON, "16:00", "17:00"), (WED, "16:00", "17:00")],
    },
    SeedMentor {
        email: "kenta.okada@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (HOME_REGION, &[("福岡県北九州市", "")]), (CLUBS, &[("釣り部", "")])],
        pending: &[],
        declined: &[],
        talk_about: ("地元の福岡で働きたくて、2019年にメーカーの営業から転職しました。\
                     九州のお客様との関係づくりや、支社ならではの裁量の大きさが今の仕事の面白さです。\
                     休日は釣り部のメンバーと玄界灘に出ています。", ""),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 45,
        times: &[(TUE, "12:00", "13:00"), (FRI, "17:00", "18:00")],
    },
    SeedMentor {
        email: "tan.wei.ling@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (CERTIFICATIONS, &[("日本語能力試験 N2（2019年）", "Japanese-Language Proficiency Test N2 (2019)")])],
        pending: &[],
        declined: &[],
        talk_about: ("シンガポール採用で、日本の本社のメンバーと毎日一緒に仕事をしています。日本語は入社後に勉強しました。\
                     海外拠点から見た本社とのコミュニケーションのコツや、多国籍チームでの働き方について、日本語でも英語でもお話しできます。",
                     "I was hired in Singapore and work every day with colleagues at head office in Japan. \
                     I learned Japanese after joining. \
                     I can talk, in Japanese or in English, about how to communicate with head office from an overseas site and about working in a multinational team."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 60,
        times: &[(TUE, "14:00", "15:00"), (THU, "14:00", "15:00")],
    },
    SeedMentor {
        email: "oliver.bennett@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (SPORTS, &[("", "Football (20 years at a local club)")])],
        pending: &[],
        declined: &[],
        talk_about: ("",
                     "I handle sales in Europe at the London branch. \
                     As a foreign employee of a Japanese company, I was puzzled at first by how differently decisions are made. \
                     I once spent three months at the Tokyo head office, so I can also give advice on preparing for business trips and short stays. \
                     If you'd like to practise a 1on1 in English, you're welcome too."),
        slot_minutes: 30,
        buffer_minutes: 5,
        notice_hours: 12,
        horizon_days: 45,
        times: &[(MON, "09:00", "10:00"), (WED, "09:00", "10:00")],
    },
    SeedMentor {
        email: "emily.carter@example.com",
        approved: &[
            (CAREER_1_TO_3, &[]),
            (PARENTAL_LEAVE, &[("2025年5月〜2025年10月", "May 2025 – Oct 2025"), ("リモート中心、週1回オフィス", "Mostly remote, in the office once a week")]),
        ],
        pending: &[],
        declined: &[],
        talk_about: ("ニューヨーク支社で北米のお客様を担当しています。2024年に入社し、翌年に育休を取りました。\
                     アメリカと日本の制度の違いや、時差のあるチームで子育てと仕事を両立する工夫をお話しできます。\
                     英語での会話が中心ですが、ゆっくり話しますので気軽にどうぞ。",
                     "I look after our North American customers at the New York branch. \
                     I joined in 2024 and took parental leave the following year. \
                     I can talk about the differences between the US and Japanese programmes and how I balance raising a child and work in a team across time zones. \
                     We'll mostly talk in English, but I'll speak slowly, so don't hesitate."),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 60,
        times: &[(MON, "08:00", "09:00"), (WED, "08:00", "09:00")],
    },
    // Registered but not (yet) a mentor: only a pending theme.
    SeedMentor {
        email: "ren.endo@example.com",
        approved: &[],
        pending: &[NEW_GRADUATE],
        declined: &[],
        talk_about: ("", ""),
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 30,
        times: &[],
    },
];
