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
    LogoutEverywhere { ja: "すべての端末でログアウト", en: "Sign out everywhere" }
    LogoutEverywhereNote { ja: "ほかのブラウザやスマートフォンでのログインも終了します。", en: "Also ends your sessions in other browsers and on other devices." }
    AccountMenu { ja: "アカウント（{name} さん）", en: "Account ({name})" }
    SignedInAs { ja: "{name} さん", en: "{name}" }
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

    // Errors of 1on1 requests and their lifecycle, by problem code.
    ErrSlotTaken { ja: "この時間は先ほど埋まりました。別の時間を選んでください。", en: "This time was just taken. Please choose another time." }
    ErrMenteeBusy { ja: "この時間にはすでにあなたの1on1が入っています。別の時間を選んでください。", en: "You already have a 1on1 at this time. Please choose another time." }
    ErrInPast { ja: "この時間は過ぎてしまいました。別の時間を選んでください。", en: "This time has already passed. Please choose another time." }
    ErrTooSoon { ja: "この時間は直前すぎて申し込めません。もう少し先の時間を選んでください。", en: "This time is too soon for the mentor's notice period. Please choose a later time." }
    ErrBeyondHorizon { ja: "この時間は、メンターが申し込みを受け付けている期間より先です。", en: "The mentor doesn't take requests that far ahead." }
    ErrNotOffered { ja: "この時間は、メンターの受付時間ではなくなりました。別の時間を選んでください。", en: "The mentor no longer offers this time. Please choose another time." }
    ErrThemeNotHeld { ja: "このメンターはこのテーマを扱っていません。テーマを選び直してください。", en: "This mentor doesn't hold that theme. Please choose another theme." }
    ErrSelfBooking { ja: "自分自身には1on1を申し込めません。", en: "You can't request a 1on1 with yourself." }
    ErrIdempotencyMismatch { ja: "確認後に内容が変わりました。もう一度確認してから送信してください。", en: "The request changed after you reviewed it. Review it again, then send." }
    ErrInvalidTransition { ja: "この1on1はすでに状態が変わっています。最新の内容を表示しました。", en: "This 1on1 has already changed. The list now shows where it stands." }
    ErrTooLateToCancel { ja: "開始60分前を過ぎたため、キャンセルできません。メンターに直接連絡してください。", en: "It's less than 60 minutes to the start, so you can't cancel any more. Please contact the mentor." }

    // Request page
    RequestLead { ja: "メンターの空いている時間を選び、話したいことを伝えましょう。", en: "Pick a time the mentor has free, then tell them what you'd like to talk about." }
    RequestMentorLabel { ja: "申し込み先のメンター", en: "Mentor" }
    ThemeLegend { ja: "相談したいテーマ", en: "Theme to talk about" }
    StepWhen { ja: "日時を選ぶ", en: "Choose a time" }
    StepWhat { ja: "話したいこと", en: "What to talk about" }
    CalPrevWeek { ja: "前の週", en: "Previous week" }
    CalNextWeek { ja: "次の週", en: "Next week" }
    CalThisWeek { ja: "今週", en: "This week" }
    CalFirstFree { ja: "空きのある最初の週", en: "First week with free times" }
    CalZone { ja: "時刻は {zone} で表示", en: "Times shown in {zone}" }
    CalMentorZone { ja: "グレーの時刻はメンターの現地時刻（{zone}）", en: "Grey times are the mentor's local time ({zone})" }
    CalNoTimes { ja: "空きなし", en: "No times" }
    CalWeekEmpty { ja: "この週に空いている時間はありません。", en: "No free times this week." }
    CalNoneAhead { ja: "いま申し込める時間はありません。", en: "This mentor has no free times at the moment." }
    CalLoading { ja: "空き時間を読み込み中…", en: "Loading free times…" }
    CalSlots { ja: "{week} の空き時間", en: "Free times, {week}" }
    CalMentorTime { ja: "メンターの現地時刻 {time} {zone}", en: "mentor's time {time} {zone}" }
    ChosenSlot { ja: "選んだ日時", en: "Chosen time" }
    TopicsLegend { ja: "話したいこと（1〜10個）", en: "Topics (choose 1 to 10)" }
    TopicsCount { ja: "{n}個を選択中（10個まで）", en: "{n} chosen (up to 10)" }
    FramePast { ja: "過去", en: "Past" }
    FramePresent { ja: "現在", en: "Present" }
    FrameFuture { ja: "未来", en: "Future" }
    Recommended { ja: "おすすめ", en: "Recommended" }
    ResponseLegend { ja: "どう関わってほしいか", en: "How would you like the mentor to respond?" }
    NoteLabel { ja: "メモ（任意）", en: "Note (optional)" }
    NoteCount { ja: "{n} / 2000文字", en: "{n} / 2000 characters" }
    ReviewButton { ja: "確認する", en: "Review" }
    ReviewTitle { ja: "申し込み内容の確認", en: "Review your request" }
    ReviewLead { ja: "この内容で送信します。メンターが承認すると1on1が確定します。", en: "Check the details. The 1on1 is confirmed once the mentor accepts." }
    LabelMentor { ja: "メンター", en: "Mentor" }
    LabelMentee { ja: "メンティ", en: "Mentee" }
    LabelTheme { ja: "テーマ", en: "Theme" }
    LabelWhen { ja: "日時", en: "Date and time" }
    LabelTopics { ja: "話したいこと", en: "Topics" }
    LabelResponse { ja: "希望する対応", en: "Response wanted" }
    LabelNote { ja: "メモ", en: "Note" }
    NoNote { ja: "（なし）", en: "(none)" }
    MentorLocal { ja: "メンターの現地時刻: {when}", en: "Mentor's local time: {when}" }
    Send { ja: "送信する", en: "Send request" }
    Sending { ja: "送信しています…", en: "Sending…" }
    Back { ja: "戻る", en: "Back" }
    Resend { ja: "再送する", en: "Try again" }
    SendUnknown { ja: "送信できたか確認できませんでした。「再送する」を押すと、同じ申し込みとして安全にもう一度送ります。", en: "We couldn't confirm that the request arrived. “Try again” resends it safely as the same request." }
    FixFields { ja: "入力内容を確認してください。", en: "Please check the highlighted fields." }
    ReqErrSlotRequired { ja: "日時を選んでください。", en: "Choose a time." }
    ReqErrThemeRequired { ja: "テーマを選んでください。", en: "Choose a theme." }
    ReqErrTopicsRequired { ja: "話したいことを1つ以上選んでください。", en: "Choose at least one topic." }
    ReqErrTopicsTooMany { ja: "話したいことは10個まで選べます。", en: "You can choose up to 10 topics." }
    ReqErrTopicsUnknown { ja: "選んだ話題の一部が見つかりません。選び直してください。", en: "Some of the chosen topics no longer exist. Please choose again." }
    ReqErrResponseRequired { ja: "どう関わってほしいかを選んでください。", en: "Choose how you'd like the mentor to respond." }
    ReqErrResponseUnknown { ja: "この対応は選べなくなりました。選び直してください。", en: "That response is no longer available. Please choose again." }
    ReqErrNoteTooLong { ja: "メモは2000文字以内で入力してください。", en: "Keep the note to 2000 characters." }

    // My 1on1s
    OneOnOnesLead { ja: "申し込んだ1on1と、申し込まれた1on1の一覧です。", en: "The 1on1s you asked for, and the ones you were asked for." }
    SideLabel { ja: "表示する立場", en: "Show 1on1s" }
    AsMentee { ja: "メンティとして", en: "As mentee" }
    AsMentor { ja: "メンターとして", en: "As mentor" }
    SecRequested { ja: "依頼中", en: "Requested" }
    SecUpcoming { ja: "予定", en: "Upcoming" }
    SecPast { ja: "過去", en: "Past" }
    EmptyRequestedMentee { ja: "返事を待っている申し込みはありません。", en: "No requests waiting for an answer." }
    EmptyRequestedMentor { ja: "新しい申し込みはありません。", en: "No new requests." }
    EmptyUpcoming { ja: "予定している1on1はありません。", en: "No upcoming 1on1s." }
    EmptyPast { ja: "過去の1on1はまだありません。", en: "No past 1on1s yet." }
    FindMentor { ja: "メンターを探す", en: "Find a mentor" }
    StatusRequested { ja: "承認待ち", en: "Awaiting answer" }
    StatusAccepted { ja: "確定", en: "Confirmed" }
    StatusDeclined { ja: "辞退", en: "Declined" }
    StatusCancelled { ja: "キャンセル済み", en: "Cancelled" }
    StatusExpired { ja: "期限切れ", en: "Expired" }
    StatusDone { ja: "実施済み", en: "Done" }
    MessageLabel { ja: "メッセージ", en: "Message" }
    Accept { ja: "承認する", en: "Accept" }
    Decline { ja: "辞退する", en: "Decline" }
    Cancel { ja: "キャンセルする", en: "Cancel" }
    ConfirmDecline { ja: "辞退を確定する", en: "Confirm decline" }
    ConfirmCancel { ja: "キャンセルを確定する", en: "Confirm cancellation" }
    KeepIt { ja: "やめる", en: "Never mind" }
    MessageOptional { ja: "相手へのメッセージ（任意）", en: "Message to them (optional)" }
    AddToCalendar { ja: "カレンダーに追加 (.ics)", en: "Add to calendar (.ics)" }
    DidAccept { ja: "{name} さんとの1on1を承認しました。", en: "You accepted the 1on1 with {name}." }
    DidDecline { ja: "{name} さんからの申し込みを辞退しました。", en: "You declined the request from {name}." }
    DidCancel { ja: "{name} さんとの1on1をキャンセルしました。", en: "You cancelled the 1on1 with {name}." }
    RequestSent { ja: "申し込みを送信しました。メンターの返事をお待ちください。", en: "Your request was sent. The mentor will get back to you." }
    Working { ja: "処理しています…", en: "Working…" }

    // Placeholder pages
    OneOnOnesTitle { ja: "わたしの1on1", en: "My 1on1s" }
    SettingsTitle { ja: "設定", en: "Settings" }
    SettingsBody { ja: "設定（1on1の希望時間帯やメンターのテーマ）はまだ使えません。今後のリリースで提供する予定です。", en: "Settings (preferred 1on1 times, your mentor themes) are not available yet. They will come in a later release." }
    SurveysTitle { ja: "サーベイ", en: "Surveys" }
    SurveysBody { ja: "月次サーベイはまだ使えません。今後のリリースで提供する予定です。", en: "Monthly surveys are not available yet. They will come in a later release." }
    AdminTitle { ja: "管理", en: "Admin" }
    AdminBody { ja: "管理画面（テーマ、メンター登録、サーベイの管理）はまだ作られていません。今後のリリースで提供する予定です。", en: "The admin pages (themes, mentor registration, surveys) are not built yet. They will come in a later release." }
    NotAllowedTitle { ja: "このページは表示できません", en: "You can't open this page" }
    NotAllowedBody { ja: "このページは管理者だけが使えます。", en: "Only administrators can use this page." }
    MentorRequestTitle { ja: "1on1を申し込む", en: "Request a 1on1" }
    BackToPeople { ja: "ピープルに戻る", en: "Back to People" }
    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "URLが間違っているか、ページが移動した可能性があります。", en: "The address may be mistyped, or the page may have moved." }
}
