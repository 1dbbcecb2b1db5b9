//! Demo mentors: their themes (approved with answers, pending, declined),
//! what they can talk about, and their preferred 1on1 times.

use super::themes::*;

pub struct SeedMentor {
    pub email: &'static str,
    /// Approved themes with answers to the theme's required items, in order.
    pub approved: &'static [(i64, &'static [&'static str])],
    /// Registered by the admin, not yet answered by the mentor.
    pub pending: &'static [i64],
    pub declined: &'static [i64],
    pub talk_about: &'static str,
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
            (PARENTAL_LEAVE, &["2024年10月〜2025年3月（約6か月）", "時短勤務（9:30〜16:30）で復帰し、リーダー業務を継続"]),
            (SHORT_HOURS, &[]),
            (CLUBS, &["ボードゲーム部（月2回、昼休みに活動）"]),
        ],
        pending: &[STUDY_GROUP],
        declined: &[],
        talk_about: "2024年にSIerから転職し、入社1年目の途中で第二子の育休を半年取りました。転職直後の休業で不安だらけでしたが、\
                     チームと相談しながら復帰の段取りを組んだ経験はお伝えできると思います。\
                     今は時短勤務でリーダーをしているので、限られた時間での仕事の任せ方や線引きについても一緒に考えましょう。",
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
            (JOB_POSTING, &["カスタマーサクセス部 → 営業部（2021年）"]),
            (CLUBS, &["フットサル部（週1回）"]),
        ],
        pending: &[INTERNAL_TALKS],
        declined: &[],
        talk_about: "新卒でカスタマーサクセス部に配属され、2021年に社内公募で営業部へ移りました。\
                     異動を考え始めたときの迷いや、上司への切り出し方、応募書類に何を書いたかなど具体的にお話しできます。\
                     営業未経験からの立ち上がりで苦労した話もたくさんあります。",
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
            (DEPARTMENTS_WORKED, &["営業部（2005〜2012）、経営企画室（2012〜2016）、営業部（2016〜）"]),
            (INTERNAL_TALKS, &[]),
        ],
        pending: &[],
        declined: &[ASSESSMENT],
        talk_about: "入社20年、営業一筋に見えて実は経営企画も経験しています。部署をまたいで見えたこと、\
                     管理職になって変わったこと・変わらなかったことなど、長く働いてきたからこそ話せることがあります。\
                     若手の方の「このままでいいのかな」という漠然とした悩みも大歓迎です。",
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
            (PROJECT_DX, &["基幹システム刷新プロジェクト（2019〜2022）、全社のペーパーレス化"]),
            (COACHING, &[]),
        ],
        pending: &[JOINT_PROPOSALS],
        declined: &[],
        talk_about: "外資系ITから2008年に転職し、開発部の立ち上げから関わってきました。\
                     基幹システムの刷新を3年がかりでやり切った経験があり、技術選定や経営層への説明の仕方はお役に立てるかもしれません。\
                     コーチング研修を受けてからは、答えを渡すより一緒に整理する1on1を心がけています。",
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
            (PARENTAL_LEAVE, &["2017年・2020年にそれぞれ約1年", "時短勤務（10:00〜16:00）から段階的にフルタイムへ"]),
            (SHORT_HOURS, &[]),
            (INITIATIVE_LEAD, &["女性活躍推進プロジェクト（2022年〜）"]),
            (FIRST_TIME_MANAGER, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "二度の育休を経て、今はマーケティング部で課長をしています。\
                     復帰直後は会議に出られない時間帯があることに引け目を感じていましたが、周りを巻き込むコツがつかめてから楽になりました。\
                     女性活躍推進プロジェクトの担当もしているので、制度の使い方の相談にも乗れます。",
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
            (REMOTE_WORK, &["福岡（週1回福岡支社、それ以外は在宅）"]),
            (STUDY_GROUP, &[]),
            (CERTIFICATIONS, &["AWS Solutions Architect – Professional"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "福岡に住んだまま、2023年にWeb系スタートアップから転職しました。\
                     リモート中心の働き方でチームに溶け込むためにやったこと、やって失敗したことを共有できます。\
                     社内でRust勉強会を主催しているので、勉強会を始めたい人の相談も歓迎です。",
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
            (CERTIFICATIONS, &["日商簿記1級、税理士試験（簿記論・財務諸表論）合格"]),
            (FIRST_TIME_MANAGER, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "父の介護のため、2021年に介護休暇と短時間勤務を組み合わせて一年ほど働きました。\
                     誰にどこまで話すか、仕事の引き継ぎをどう準備するかは、当事者になって初めて悩んだことです。\
                     経理の専門資格を働きながら取った話もできます。",
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
            (POSTING_ABROAD, &["シンガポール（2019年〜現在）", "東南アジアの販売代理店の開拓とマネジメント"]),
            (CERTIFICATIONS, &["TOEIC 910点"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "2019年からシンガポールに駐在しています。赴任の内示を受けたときの家族との話し合い、\
                     現地スタッフとのマネジメントの違い、日本とのやりとりの時差など、駐在のリアルをお伝えできます。\
                     TOEICは500点台から独学で900点まで上げました。",
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
            (PARENTAL_LEAVE, &["2024年2月〜2025年1月（産休・育休）", "フルタイムで復帰、週2回在宅"]),
            (HOME_REGION, &["兵庫県神戸市"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "前職は小売の店長で、2023年にカスタマーサクセスへ未経験で転職しました。\
                     入社10か月で産休に入ることになり、評価やキャリアへの影響が本当に気になっていたので、同じ状況の方の不安はよくわかります。\
                     大阪支社ならではの働き方の話もどうぞ。",
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
            (SECONDMENT, &["ナナメ物流株式会社（2015〜2018）"]),
            (STUDY_ABROAD, &["国内ビジネススクール夜間コース（MBA、2020年修了）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "グループの物流子会社に3年間出向し、本社との関係を外から見る経験をしました。\
                     戻ってからは経営企画で中期経営計画を担当しています。\
                     働きながら夜間のMBAに通った時期もあるので、学び直しのスケジュールの組み方も話せます。",
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
            (PARENTAL_LEAVE, &["2025年4月〜2026年3月", "フレックスで9:00〜17:00中心に勤務"]),
            (ASSESSMENT, &["ストレングスファインダー上位：学習欲・共感性・調和性"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "人材紹介会社から2024年に人事部へ転職しました。入社2年目に育休を取り、この春に復帰したばかりです。\
                     転職してすぐに休むことへの後ろめたさとどう折り合いをつけたか、正直にお話しします。",
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
            (REMOTE_WORK, &["長野県松本市（フルリモート）"]),
            (SIDE_JOB, &["地元農家のECサイト運営支援（週末に月10時間程度）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "2021年に長野へ移住し、フルリモートで開発を続けています。\
                     地方にいても評価やキャリアで不利にならないよう意識していることを共有できます。\
                     週末は地元の農家さんのECサイトを副業で手伝っていて、副業申請の手続きや本業とのバランスも相談に乗れます。",
        slot_minutes: 30,
        buffer_minutes: 10,
        notice_hours: 12,
        horizon_days: 30,
        times: &[(MON, "15:00", "16:00"), (WED, "15:00", "16:00"), (FRI, "15:00", "16:00")],
    },
    SeedMentor {
        email: "ai.kimura@example.com",
        approved: &[(CAREER_WITHIN_1, &[]), (CLUBS, &["写真部"]), (HOME_REGION, &["沖縄県那覇市"])],
        pending: &[],
        declined: &[],
        talk_about: "広告代理店から2025年に転職してきたばかりです。\
                     社内用語がわからない、誰に聞けばいいかわからない――そんな入社したての悩みを、同じ目線で一緒に解消できればと思います。\
                     写真部にも入っているので、部署外の知り合いづくりの話もできます。",
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
            (SECONDMENT, &["ナナメ販売株式会社（2014〜2016）"]),
            (SPORTS, &["ラグビー（高校から25年、今も社会人クラブで現役）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "名古屋で法人営業のチームを率いています。入社8年目に販売子会社へ出向し、小さな組織で何でも屋をした経験が今のマネジメントの土台になりました。\
                     学生時代から続けているラグビーの話や、体力づくりと仕事の両立の話も気軽にどうぞ。",
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
            (PARENTAL_LEAVE, &["2022年6月〜2023年9月", "時短勤務（9:00〜15:30）"]),
            (SHORT_HOURS, &[]),
            (CERTIFICATIONS, &["日商簿記2級、FP技能士2級"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "経理で月次決算を担当しています。育休から時短勤務で復帰し、締め日の繁忙期をどう乗り切るか毎月工夫しています。\
                     復帰後に簿記2級とFP2級を取ったので、すきま時間の勉強法も紹介できます。",
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
            (PROJECT_DX, &["営業見積の自動化（2023年）、経費精算のワークフロー刷新"]),
            (STUDY_GROUP, &[]),
            (INTERNAL_TALKS, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "新卒で入社してから、社内向けツールの開発と業務改善に携わってきました。\
                     営業部の見積作業を自動化して月100時間を削減したプロジェクトは、技術より現場の巻き込みのほうが大変でした。\
                     社内LT会の運営や登壇の準備も手伝えます。",
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
            (REMOTE_WORK, &["札幌（札幌オフィスと在宅の併用）"]),
            (HOME_REGION, &["北海道旭川市"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "札幌オフィスからカスタマーサクセスを担当しています。\
                     東京のメンバーが多いチームで、オンライン中心でも存在感を出す工夫をいろいろ試してきました。\
                     北海道出身で、地元に戻って働く選択をした経緯もお話しできます。",
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
            (POSTING_ABROAD, &["イギリス（2010〜2015）、アメリカ（2017〜2020）", "欧州販売子会社の立ち上げ、北米の大口顧客対応"]),
            (STUDY_ABROAD, &["英国の大学院（MSc in Management、2009年、社費留学）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "ロンドンに5年、ニューヨークに3年駐在し、今は海外事業部をまとめています。\
                     若いうちに海外に出たい人、語学に自信はないけれど挑戦したい人の背中を押したいと思っています。\
                     社費で英国の大学院に留学した経験もあるので、制度の活用方法もお話しします。",
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
            (PARENTAL_LEAVE, &["2024年8月〜2025年7月", "在宅勤務を週3日取り入れてフルタイムで復帰"]),
            (COACHING, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "コンサルティング会社から2024年に人事へ。入社してすぐに妊娠がわかり、1年目で育休を取りました。\
                     復帰後にコーチング研修を受け、今は管理職向けの1on1研修を企画しています。\
                     話を聞くだけでも、一緒に考えるのでも、どちらでも大丈夫です。",
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
            (CLUBS, &["軽音楽部（ドラム）"]),
            (SPORTS, &["マラソン（フルマラソン8回完走）"]),
            (JOB_POSTING, &["営業部 → マーケティング部（2021年）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "営業部で6年働いたあと、社内公募でマーケティング部へ移りました。\
                     数字を追う仕事からデータで仮説を立てる仕事に変わり、最初の半年は戸惑いの連続でした。\
                     社内の軽音楽部でドラムを叩いていて、大阪マラソンにも毎年出ています。",
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
            (CERTIFICATIONS, &["基本情報技術者、応用情報技術者"]),
            (SIDE_JOB, &["技術系メディアでの記事執筆（月1〜2本）"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "未経験からプログラミングスクールを経て、2023年に入社しました。\
                     文系出身でエンジニアになるまでの学び方や資格勉強を続けるコツなど、遠回りした分だけ話せることがあります。\
                     副業で技術記事の執筆もしています。",
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
            (SECONDMENT, &["ナナメ物流株式会社 財務部長（2016〜2018）"]),
            (CARE_LEAVE, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "銀行から2005年に転職し、経理財務部を長く見てきました。母の介護をきっかけに介護休暇を取り、部長職でも休めるのだと実感しました。\
                     出向先の関連会社で財務の立て直しをした経験もあります。数字の話に限らず、管理職の孤独についても話しましょう。\
                     決算期の間は1on1の受付をお休みしています。",
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
            (INITIATIVE_LEAD, &["働き方改革推進（フレックス制度の全社導入、2021〜2023）"]),
            (ASSESSMENT, &["MBTI：INFJ、ストレングスファインダー上位：戦略性・内省"]),
            (COACHING, &[]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "働き方改革の推進担当として、全社のフレックス制度導入を進めました。\
                     社内調整の進め方や、反対意見のある人との向き合い方は一番学びが多かったところです。\
                     アセスメントの結果を自分のキャリアにどう活かすか悩んでいる方にも、経験をお話しできます。",
        slot_minutes: 30,
        buffer_minutes: 10,
        notice_hours: 24,
        horizon_days: 30,
        times: &[(MON, "16:00", "17:00"), (WED, "16:00", "17:00")],
    },
    SeedMentor {
        email: "kenta.okada@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (HOME_REGION, &["福岡県北九州市"]), (CLUBS, &["釣り部"])],
        pending: &[],
        declined: &[],
        talk_about: "地元の福岡で働きたくて、2019年にメーカーの営業から転職しました。\
                     九州のお客様との関係づくりや、支社ならではの裁量の大きさが今の仕事の面白さです。\
                     休日は釣り部のメンバーと玄界灘に出ています。",
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 12,
        horizon_days: 45,
        times: &[(TUE, "12:00", "13:00"), (FRI, "17:00", "18:00")],
    },
    SeedMentor {
        email: "tan.wei.ling@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (CERTIFICATIONS, &["日本語能力試験 N2（2019年）"])],
        pending: &[],
        declined: &[],
        talk_about: "シンガポール採用で、日本の本社のメンバーと毎日一緒に仕事をしています。日本語は入社後に勉強しました。\
                     海外拠点から見た本社とのコミュニケーションのコツや、多国籍チームでの働き方について、日本語でも英語でもお話しできます。",
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 60,
        times: &[(TUE, "14:00", "15:00"), (THU, "14:00", "15:00")],
    },
    SeedMentor {
        email: "oliver.bennett@example.com",
        approved: &[(CAREER_3_PLUS, &[]), (SPORTS, &["サッカー（地元クラブで20年）"])],
        pending: &[],
        declined: &[],
        talk_about: "ロンドン支社で欧州の営業を担当しています。日本の会社で働く外国籍社員として、意思決定の進み方の違いに最初は戸惑いました。\
                     東京本社に3か月滞在したこともあり、出張や短期滞在の準備についてもアドバイスできます。英語での1on1を練習したい方も歓迎です。",
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
            (PARENTAL_LEAVE, &["2025年5月〜2025年10月", "リモート中心、週1回オフィス"]),
        ],
        pending: &[],
        declined: &[],
        talk_about: "ニューヨーク支社で北米のお客様を担当しています。2024年に入社し、翌年に育休を取りました。\
                     アメリカと日本の制度の違いや、時差のあるチームで子育てと仕事を両立する工夫をお話しできます。\
                     英語での会話が中心ですが、ゆっくり話しますので気軽にどうぞ。",
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
        talk_about: "",
        slot_minutes: 30,
        buffer_minutes: 0,
        notice_hours: 24,
        horizon_days: 30,
        times: &[],
    },
];
