use super::Lang;

/// Writes the key enum, the list of all keys and the lookup in one go, so a
/// key cannot exist without both translations.
macro_rules! strings {
    ($($key:ident { ja: $ja:expr, en: $en:expr $(,)? })*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        pub fn text(lang: Lang, key: Key) -> &'static str {
            match lang {
                Lang::Ja => match key { $(Key::$key => $ja),* },
                Lang::En => match key { $(Key::$key => $en),* },
            }
        }
    };
}

strings! {
    AppName { ja: "naname", en: "naname" }
    Tagline { ja: "部署を越えて、話せる人が見つかる", en: "Find someone to talk to, across the organisation" }
    SkipToContent { ja: "メインコンテンツへスキップ", en: "Skip to main content" }
    MainNav { ja: "メインメニュー", en: "Main menu" }
    NavPeople { ja: "ピープル", en: "People" }
    NavOneOnOnes { ja: "わたしの1on1", en: "My 1on1s" }
    NavSettings { ja: "設定", en: "Settings" }
    NavSurveys { ja: "サーベイ", en: "Surveys" }
    NavAdmin { ja: "管理", en: "Admin" }
    LanguageLabel { ja: "表示言語", en: "Language" }
    Logout { ja: "ログアウト", en: "Sign out" }
    LoggingOut { ja: "ログアウトしています…", en: "Signing out…" }
    SignedInAs { ja: "{name} さん", en: "{name}" }
    AccountLabel { ja: "ログイン中のアカウント", en: "Signed-in account" }
    Loading { ja: "読み込み中…", en: "Loading…" }
    Retry { ja: "もう一度試す", en: "Try again" }
    Reload { ja: "ページを再読み込み", en: "Reload the page" }
    SignInAgain { ja: "もう一度ログイン", en: "Sign in again" }
    ErrorTitle { ja: "読み込めませんでした", en: "Something went wrong" }
    ShowMore { ja: "さらに表示", en: "Show more" }
    ShowingOf { ja: "{total}件中 {shown}件を表示", en: "Showing {shown} of {total}" }
    ComingSoon { ja: "準備中", en: "Coming soon" }

    // Login
    LoginTitle { ja: "ログイン", en: "Sign in" }
    LoginLead { ja: "会社のメールアドレスとパスワードでログインしてください。", en: "Sign in with your work email address and password." }
    EmailLabel { ja: "メールアドレス", en: "Email address" }
    PasswordLabel { ja: "パスワード", en: "Password" }
    LoginSubmit { ja: "ログイン", en: "Sign in" }
    LoginSubmitting { ja: "ログインしています…", en: "Signing in…" }
    LoginInvalidCredentials { ja: "メールアドレスまたはパスワードが正しくありません。", en: "The email address or password is incorrect." }
    LoginFixFields { ja: "入力内容を確認してください。", en: "Check the fields below." }
    DemoTitle { ja: "デモ用アカウント", en: "Demo accounts" }
    DemoLead { ja: "選ぶとログイン情報が入力されます。", en: "Pick one to fill in the form." }
    DemoPasswordLabel { ja: "共通パスワード", en: "Shared password" }
    DemoPasswordValue { ja: "naname-demo", en: "naname-demo" }
    DemoAdmin { ja: "管理者", en: "Admin" }
    DemoMentor { ja: "メンター", en: "Mentor" }
    DemoMentee { ja: "メンティー", en: "Mentee" }

    // Field errors, by code.
    ErrEmailRequired { ja: "メールアドレスを入力してください。", en: "Enter your email address." }
    ErrEmailInvalid { ja: "name@example.com の形式で入力してください。", en: "Enter an email address like name@example.com." }
    ErrEmailTooLong { ja: "メールアドレスが長すぎます。", en: "The email address is too long." }
    ErrPasswordRequired { ja: "パスワードを入力してください。", en: "Enter your password." }
    ErrPasswordTooLong { ja: "パスワードが長すぎます。", en: "The password is too long." }
    ErrFieldRequired { ja: "入力してください。", en: "This field is required." }
    ErrFieldTooLong { ja: "長すぎます。短くしてください。", en: "This is too long." }
    ErrFieldTooMany { ja: "選びすぎています。数を減らしてください。", en: "Too many are selected." }
    ErrFieldOutOfRange { ja: "範囲外の値です。", en: "This value is out of range." }
    ErrFieldInvalid { ja: "正しい形式で入力してください。", en: "This value is not valid." }

    // Request errors.
    ErrNetwork { ja: "サーバーに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。", en: "Couldn't reach the server. Check your connection and try again." }
    ErrTimeout { ja: "サーバーの応答がありません。しばらくしてからもう一度お試しください。", en: "The server is taking too long to answer. Try again in a moment." }
    ErrSessionExpired { ja: "ログインの有効期限が切れました。もう一度ログインしてください。", en: "Your session has expired. Please sign in again." }
    ErrCsrf { ja: "セキュリティ確認に失敗しました。ページを再読み込みしてから、もう一度お試しください。", en: "A security check failed. Reload the page and try again." }
    ErrForbidden { ja: "この操作を行う権限がありません。", en: "You don't have permission to do this." }
    ErrNotFound { ja: "お探しのデータは見つかりませんでした。", en: "What you're looking for could not be found." }
    ErrConflict { ja: "ほかの操作と重なりました。最新の状態を読み込んでからやり直してください。", en: "This clashed with another change. Reload and try again." }
    ErrValidation { ja: "入力内容に誤りがあります。", en: "Some fields need attention." }
    ErrRateLimited { ja: "短時間に操作が集中しています。少し待ってからもう一度お試しください。", en: "Too many attempts. Wait a moment and try again." }
    ErrServer { ja: "サーバーで問題が発生しました。しばらくしてからもう一度お試しください。", en: "Something went wrong on the server. Try again in a moment." }
    ErrDecode { ja: "サーバーから想定外の応答がありました。ページを再読み込みしてください。", en: "The server sent an answer this app doesn't understand. Reload the page." }
    ErrUnexpected { ja: "予期しないエラーが発生しました（{status}）。", en: "An unexpected error occurred ({status})." }

    // People page
    PeopleTitle { ja: "ピープル", en: "People" }
    PeopleLead { ja: "同僚を探したり、テーマからメンターを見つけたりできます。", en: "Look up colleagues, or find a mentor by the themes they can talk about." }
    ColleaguesHeading { ja: "同僚", en: "Colleagues" }
    ColleaguesSearchLabel { ja: "名前・よみ・部署で検索", en: "Search by name, reading or department" }
    ColleaguesSearchPlaceholder { ja: "例: さとう、営業", en: "e.g. Sato, Sales" }
    ColleaguesCount { ja: "{n}人", en: "{n} people" }
    ColleaguesCountOne { ja: "1人", en: "1 person" }
    ColleaguesEmpty { ja: "条件に合う同僚は見つかりませんでした。", en: "No colleagues match your search." }
    ClearSearch { ja: "検索をクリア", en: "Clear search" }
    PersonDepartment { ja: "部署", en: "Department" }
    PersonTitle { ja: "役職", en: "Title" }
    PersonOffice { ja: "勤務地", en: "Office" }
    MentorBadge { ja: "メンター", en: "Mentor" }

    // Mentor corner
    MentorsHeading { ja: "メンター", en: "Mentor corner" }
    MentorsLead { ja: "テーマを選ぶと、そのすべてを経験したメンターに絞り込めます。", en: "Pick themes to find mentors who have experience with all of them." }
    ThemeFilterLabel { ja: "テーマで絞り込む", en: "Filter by theme" }
    ThemeChipCount { ja: "{n}人", en: "{n}" }
    MentorSearchLabel { ja: "キーワードで検索", en: "Search by keyword" }
    MentorSearchPlaceholder { ja: "名前、部署、話せることなど", en: "Name, department, topics…" }
    MentorCount { ja: "{n}人のメンター", en: "{n} mentors" }
    MentorCountOne { ja: "1人のメンター", en: "1 mentor" }
    MentorCountLoading { ja: "メンターを検索しています…", en: "Searching for mentors…" }
    ClearAll { ja: "条件をクリア", en: "Clear all" }
    MentorEmptyThemes { ja: "選んだテーマをすべて持つメンターはいません。", en: "No mentor has all these themes." }
    MentorEmptyHint { ja: "テーマを減らすと見つかるかもしれません。", en: "Try removing a theme." }
    MentorEmptySearch { ja: "条件に合うメンターは見つかりませんでした。", en: "No mentor matches your search." }
    MentorEmptyNone { ja: "メンターはまだ登録されていません。", en: "No mentors have been registered yet." }
    RemoveTheme { ja: "「{theme}」を外す", en: "Remove “{theme}”" }
    ClearFilters { ja: "条件をすべて外す", en: "Clear all filters" }
    JoinedYear { ja: "{year}年入社", en: "Joined {year}" }
    NewGraduate { ja: "新卒入社", en: "New graduate" }
    CareerHire { ja: "キャリア採用", en: "Career hire" }
    MentorThemes { ja: "テーマ", en: "Themes" }
    TalkAbout { ja: "話せること", en: "Can talk about" }
    RequestOneOnOne { ja: "1on1を申し込む", en: "Request a 1on1" }
    RequestOneOnOneWith { ja: "{name} さんに1on1を申し込む", en: "Request a 1on1 with {name}" }

    // Placeholder pages
    OneOnOnesTitle { ja: "わたしの1on1", en: "My 1on1s" }
    OneOnOnesBody { ja: "1on1の一覧はまだ使えません。今後のリリースで提供する予定です。", en: "Your list of 1on1s is not available yet. It will come in a later release." }
    SettingsTitle { ja: "設定", en: "Settings" }
    SettingsBody { ja: "設定（1on1の希望時間帯やメンターのテーマ）はまだ使えません。今後のリリースで提供する予定です。", en: "Settings (preferred 1on1 times, your mentor themes) are not available yet. They will come in a later release." }
    SurveysTitle { ja: "サーベイ", en: "Surveys" }
    SurveysBody { ja: "月次サーベイはまだ使えません。今後のリリースで提供する予定です。", en: "Monthly surveys are not available yet. They will come in a later release." }
    AdminTitle { ja: "管理", en: "Admin" }
    AdminBody { ja: "管理画面（テーマ、メンター登録、サーベイの管理）はまだ作られていません。今後のリリースで提供する予定です。", en: "The admin pages (themes, mentor registration, surveys) are not built yet. They will come in a later release." }
    NotAllowedTitle { ja: "このページは表示できません", en: "You can't open this page" }
    NotAllowedBody { ja: "このページは管理者だけが使えます。", en: "Only administrators can use this page." }
    MentorRequestTitle { ja: "1on1を申し込む", en: "Request a 1on1" }
    MentorRequestBody { ja: "{name} さんへの1on1の申し込みは、次のリリースで使えるようになります。", en: "Requesting a 1on1 with {name} arrives in the next release." }
    MentorRequestBodyUnknown { ja: "このメンターへの1on1の申し込みは、次のリリースで使えるようになります。", en: "Requesting a 1on1 with this mentor arrives in the next release." }
    BackToPeople { ja: "ピープルに戻る", en: "Back to People" }
    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "URLが間違っているか、ページが移動した可能性があります。", en: "The address may be mistyped, or the page may have moved." }
}
