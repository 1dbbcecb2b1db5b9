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
    // bilingual content: the tag on text shown in the other language than the reader's
    WrittenInJapaneseOnly { ja: "日本語のみ", en: "Japanese only" }
    WrittenInEnglishOnly { ja: "英語のみ", en: "English only" }
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
    // People on phones: the two lists as tabs.
    PeopleTabsLabel { ja: "表示する一覧", en: "Lists" }
    TabMentors { ja: "メンター", en: "Mentors" }
    TabColleagues { ja: "同僚", en: "Colleagues" }

    // Mentor corner
    MentorsHeading { ja: "メンター", en: "Mentor corner" }
    MentorsLead { ja: "テーマを選ぶと、そのすべてを経験したメンターに絞り込めます。", en: "Pick themes to find mentors who have experience with all of them." }
    ThemeFilterLabel { ja: "テーマで絞り込む", en: "Filter by theme" }
    ThemeChipCount { ja: "{n}人", en: "{n}" }
    AllThemesTitle { ja: "すべてのテーマ", en: "All themes" }
    CloseAllThemes { ja: "閉じる", en: "Close" }
    ShowMatches { ja: "該当するメンター {n}人 – 表示", en: "{n} mentors match – show" }
    ShowMatchesOne { ja: "該当するメンター 1人 – 表示", en: "1 mentor matches – show" }
    ActiveFilters { ja: "選択中の条件", en: "Active filters" }
    RemoveKeyword { ja: "キーワード「{q}」を外す", en: "Remove keyword “{q}”" }
    MentorSearchLabel { ja: "キーワードで検索", en: "Search by keyword" }
    MentorSearchPlaceholder { ja: "名前、部署、話せることなど", en: "Name, department, topics…" }
    MentorCount { ja: "該当するメンター {n}人", en: "{n} mentors match" }
    MentorCountOne { ja: "該当するメンター 1人", en: "1 mentor matches" }
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
    NextFree { ja: "次の空き: {date}", en: "Next free: {date}" }
    NextFreeToday { ja: "今日", en: "today" }
    NoTimesYet { ja: "1on1の希望時間はまだありません", en: "No 1on1 times yet" }
    CalNoTimesYet { ja: "このメンターはまだ1on1の希望時間を設定していません。設定されると、ここから申し込めます。", en: "This mentor has not set any 1on1 times yet. Once they do, you can ask for a 1on1 here." }
    TimesNudge { ja: "承認済みのテーマがありますが、1on1の希望時間がまだありません。時間を設定すると、相談者が申し込めるようになります。", en: "You mentor approved themes but have no 1on1 times yet: set them so that mentees can book you." }
    TimesNudgeLink { ja: "希望時間を設定する", en: "Set my 1on1 times" }
    NextFreeTomorrow { ja: "明日", en: "tomorrow" }
    NoFreeTime { ja: "現在、空き時間はありません", en: "No free times at the moment" }
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
    CalFirstFree { ja: "最初の空き", en: "First free time" }
    CalSlotLength { ja: "1回 {n}分", en: "{n} min" }
    CalZonePicker { ja: "表示するタイムゾーン", en: "Time zone" }
    CalSecondLine { ja: "各時刻の下の「メンター」はメンターの現地時刻です：{zone}", en: "“Mentor” under each time is the mentor's local time: {zone}" }
    CalMentorShort { ja: "メンター", en: "Mentor" }
    CalToday { ja: "今日", en: "Today" }
    CalPast { ja: "終了", en: "Past" }
    CalDayPicker { ja: "日付を選ぶ", en: "Choose a day" }
    CalDayFree { ja: "{date}、空き{n}件", en: "{date}, {n} free" }
    CalDayNone { ja: "{date}、空きなし", en: "{date}, no times" }
    CalDayPast { ja: "{date}、終了", en: "{date}, past" }
    CalDayToday { ja: "今日、{day}", en: "today, {day}" }
    CalNoTimes { ja: "空きなし", en: "No times" }
    CalWeekEmpty { ja: "この週に空いている時間はありません。", en: "No free times this week." }
    CalNoneAhead { ja: "いま申し込める時間はありません。", en: "This mentor has no free times at the moment." }
    CalLoading { ja: "空き時間を読み込み中…", en: "Loading free times…" }
    CalSlots { ja: "{week} の空き時間", en: "Free times, {week}" }
    CalMentorTime { ja: "メンターの現地時刻 {time} {zone}", en: "mentor's local time {time} {zone}" }
    ZoneCityTime { ja: "{city} 時間", en: "{city} time" }
    ZoneLabel { ja: "{name}（{offset}）", en: "{name} ({offset})" }
    ZoneWhoseProfile { ja: "プロフィール", en: "your profile" }
    ZoneWhoseDevice { ja: "この端末", en: "this device" }
    ZoneWhoseMentor { ja: "メンター", en: "the mentor's" }
    ChosenSlot { ja: "選んだ日時", en: "Chosen time" }
    TopicsLegend { ja: "話したいこと（1〜{max}個）", en: "Topics (choose 1 to {max})" }
    TopicsCount { ja: "{n} / {max}個を選択中。{minutes}分の1on1で話せるのは{max}個までです。", en: "{n} of {max} chosen: {max} is what fits a {minutes}-minute 1on1." }
    TopicsRecommended { ja: "おすすめの話題", en: "Recommended topics" }
    TopicsOthers { ja: "ほかの話題", en: "More topics" }
    TopicsTicked { ja: "{n}個選択中", en: "{n} chosen" }
    FramePast { ja: "過去", en: "Past" }
    FramePresent { ja: "現在", en: "Present" }
    FrameFuture { ja: "未来", en: "Future" }
    ResponseLegend { ja: "どう関わってほしいか", en: "How would you like the mentor to respond?" }
    NoteLabel { ja: "メモ（任意）", en: "Note (optional)" }
    NoteCount { ja: "{n} / 2000文字", en: "{n} / 2000 characters" }
    ReviewButton { ja: "確認する", en: "Review" }
    ReviewTitle { ja: "申し込み内容の確認", en: "Review your request" }
    ReviewLead { ja: "この内容で送信します。メンターが承認すると1on1が確定します。", en: "Check the details. The 1on1 is confirmed once the mentor accepts." }
    LabelMentor { ja: "メンター", en: "Mentor" }
    LabelMentee { ja: "メンティー", en: "Mentee" }
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
    ReqErrSlotRequired { ja: "日時を選んでください。", en: "Choose a time." }
    ReqErrThemeRequired { ja: "テーマを選んでください。", en: "Choose a theme." }
    ReqErrTopicsRequired { ja: "話したいことを1つ以上選んでください。", en: "Choose at least one topic." }
    ReqErrTopicsTooMany { ja: "この長さの1on1で話せる数を超えています。話したいことを減らしてください。", en: "That's more topics than fit this 1on1. Please choose fewer." }
    ErrorSummaryTitle { ja: "次の項目を確認してください", en: "Please check the following" }
    MentorNotFound { ja: "このメンターが見つかりませんでした", en: "We couldn't find this mentor." }
    MentorNotFoundBody { ja: "メンターではなくなったか、URLが間違っている可能性があります。ピープルから探し直してください。", en: "They may no longer be a mentor, or the address may be mistyped. Look for them again on People." }
    ThemeAnswersOf { ja: "「{theme}」について", en: "About “{theme}”" }
    SentTitle { ja: "申し込みを送信しました", en: "Request sent" }
    SentLead { ja: "{name} さんに1on1を申し込みました。", en: "You asked {name} for a 1on1." }
    SentNextTitle { ja: "このあとの流れ", en: "What happens next" }
    SentNextAnswer { ja: "メンターがこのアプリで承認か辞退をします。返事は「わたしの1on1」に表示されます。", en: "The mentor answers here in naname, accepting or declining; you'll see it in My 1on1s." }
    SentNextExpire { ja: "開始時刻までに返事がない申し込みは、その時刻に自動で取り下げられます。", en: "A request nobody answers is withdrawn at its start time." }
    SentToMine { ja: "わたしの1on1を見る", en: "Go to My 1on1s" }
    SentHold { ja: "仮押さえをカレンダーに追加 (.ics)", en: "Add a tentative hold to your calendar (.ics)" }
    ReqErrTopicsUnknown { ja: "選んだ話題の一部が見つかりません。選び直してください。", en: "Some of the chosen topics no longer exist. Please choose again." }
    ReqErrResponseRequired { ja: "どう関わってほしいかを選んでください。", en: "Choose how you'd like the mentor to respond." }
    ReqErrResponseUnknown { ja: "この対応は選べなくなりました。選び直してください。", en: "That response is no longer available. Please choose again." }
    ReqErrNoteTooLong { ja: "メモは2000文字以内で入力してください。", en: "Keep the note to 2000 characters." }

    // My 1on1s
    OneOnOnesLead { ja: "申し込んだ1on1と、申し込まれた1on1の一覧です。", en: "The 1on1s you asked for, and the ones you were asked for." }
    SideLabel { ja: "表示する立場", en: "Show 1on1s" }
    AsMentee { ja: "メンティーとして", en: "As mentee" }
    AsMentor { ja: "メンターとして", en: "As mentor" }
    SideOpen { ja: "（これからの1on1と依頼 {n}件）", en: "({n} coming up or requested)" }
    SecRequestsForYou { ja: "届いた依頼", en: "Requests for you" }
    SecYourRequests { ja: "送った依頼", en: "Your requests" }
    SecUpcoming { ja: "予定", en: "Upcoming" }
    SecClosed { ja: "見送り・キャンセル", en: "Closed" }
    SecPast { ja: "過去", en: "Past" }
    EmptyRequestedMentee { ja: "返事を待っている依頼はありません。", en: "No requests waiting for an answer." }
    EmptyRequestedMentor { ja: "新しい依頼はありません。", en: "No new requests." }
    EmptyUpcoming { ja: "予定している1on1はありません。", en: "No upcoming 1on1s." }
    EmptyClosed { ja: "見送り・キャンセルになった1on1はありません。", en: "Nothing declined or cancelled." }
    EmptyPast { ja: "過去の1on1はまだありません。", en: "No past 1on1s yet." }
    FindMentor { ja: "メンターを探す", en: "Find a mentor" }
    StatusRequested { ja: "承認待ち", en: "Awaiting answer" }
    StatusToAnswer { ja: "返事をお待ちです", en: "Needs your answer" }
    StatusAccepted { ja: "確定", en: "Confirmed" }
    StatusDeclinedMentee { ja: "メンターが今回は見送りました", en: "The mentor couldn't take this one" }
    StatusDeclinedMentor { ja: "今回は見送りました", en: "You declined this one" }
    StatusCancelled { ja: "キャンセル済み", en: "Cancelled" }
    StatusCancelledByYou { ja: "キャンセルしました", en: "You cancelled" }
    StatusCancelledByMentor { ja: "メンターがキャンセルしました", en: "The mentor cancelled" }
    StatusCancelledByMentee { ja: "メンティーがキャンセルしました", en: "The mentee cancelled" }
    StatusExpired { ja: "返事がないまま締め切り", en: "Expired without an answer" }
    StatusDone { ja: "実施済み", en: "Done" }
    MessageFromMentor { ja: "メンターからのメッセージ", en: "Message from the mentor" }
    MessageFromMentee { ja: "メンティーからのメッセージ", en: "Message from the mentee" }
    MessageYours { ja: "あなたのメッセージ", en: "Your message" }
    ShowDetails { ja: "詳細", en: "Details" }
    NoteMore { ja: "続きを表示", en: "Show more" }
    NoteLess { ja: "折りたたむ", en: "Show less" }
    Accept { ja: "承認する", en: "Accept" }
    Decline { ja: "今回は見送る", en: "Decline" }
    Cancel { ja: "キャンセルする", en: "Cancel" }
    ConfirmDecline { ja: "見送りを確定する", en: "Decline request" }
    ConfirmCancel { ja: "キャンセルを確定する", en: "Cancel 1on1" }
    KeepIt { ja: "閉じる", en: "Keep it" }
    CloseForm { ja: "閉じる", en: "Close" }
    MessageOptional { ja: "相手へのメッセージ（任意）", en: "Message to them (optional)" }
    RequestAgain { ja: "別の日時で申し込む", en: "Request another time" }
    AddToCalendar { ja: "カレンダーに追加 (.ics)", en: "Add to calendar (.ics)" }
    HoldInCalendar { ja: "仮押さえ (.ics)", en: "Hold the time (.ics)" }
    GoogleCalendar { ja: "Google カレンダー", en: "Google Calendar" }
    OutlookCalendar { ja: "Outlook 予定表", en: "Outlook" }
    OpensInNewTab { ja: "（新しいタブで開きます）", en: "(opens in a new tab)" }
    PlaceLabel { ja: "場所", en: "Place" }
    PlaceLegend { ja: "1on1の場所", en: "Where the 1on1 happens" }
    PlaceNone { ja: "まだ決めない", en: "Not decided yet" }
    PlaceOnline { ja: "オンライン", en: "Online" }
    PlaceOffice { ja: "オフィス", en: "Office" }
    PlaceLinkLabel { ja: "ビデオ会議のリンク", en: "Video link" }
    PlaceLinkHint { ja: "https:// で始まるリンク（Zoom、Teams、Google Meet など）", en: "A link starting with https:// (Zoom, Teams, Google Meet…)" }
    PlaceRoomLabel { ja: "会議室・場所", en: "Room" }
    PlaceRoomHint { ja: "例: 本社 12F 会議室「さくら」", en: "e.g. Tokyo HQ 12F, room Sakura" }
    PlaceRemembered { ja: "ここで選んだ場所は、次に承認するときにも最初から入っています。", en: "The place you choose here is suggested again next time." }
    AcceptMessageLabel { ja: "メンティーへのメッセージ（任意）", en: "Message to the mentee (optional)" }
    AcceptWithPlace { ja: "承認すると場所を「{place}」と伝えます。", en: "Accepting tells them: {place}." }
    AcceptWithoutPlace { ja: "場所は未定のまま承認します。", en: "Accepting without a place yet." }
    AcceptOptions { ja: "場所・メッセージを設定", en: "Set place and message" }
    PlaceErrLinkRequired { ja: "ビデオ会議のリンクを入力してください。", en: "Enter the video link." }
    PlaceErrLinkInvalid { ja: "https:// で始まるリンクを入力してください。", en: "Enter a link starting with https://." }
    PlaceErrRoomRequired { ja: "会議室・場所を入力してください。", en: "Enter the room." }
    PlaceErrRoomInvalid { ja: "会議室・場所は1行で入力してください。", en: "Keep the room to one line." }
    AcceptErrMessageTooLong { ja: "メッセージは1000文字以内で入力してください。", en: "Keep the message to 1000 characters." }
    DidAccept { ja: "{name} さんとの1on1を承認しました。", en: "You accepted the 1on1 with {name}." }
    DidDecline { ja: "{name} さんからの依頼を今回は見送りました。", en: "You declined the request from {name}." }
    DidCancel { ja: "{name} さんとの1on1をキャンセルしました。", en: "You cancelled the 1on1 with {name}." }
    RequestSent { ja: "申し込みを送信しました。メンターの返事をお待ちください。", en: "Your request was sent. The mentor will get back to you." }
    Working { ja: "処理しています…", en: "Working…" }

    // Admin
    AdminTabsLabel { ja: "管理メニュー", en: "Admin sections" }
    // Admin: CSV import and activity
    ImportTitle { ja: "CSVでメンターを登録", en: "Register mentors from a CSV file" }
    ImportHelp { ja: "1行に1件で、列は「メールアドレス, テーマ（日本語名・英語名・ID）, メッセージ（任意）」です。1行目が見出しでも構いません。UTF-8（BOMあり・なし）とShift_JIS（Excelの標準）を読み込めます。1MB・5,000行まで。", en: "One registration a row, in the columns email, theme (its Japanese or English name, or its id), message (optional). The first row may be a header. UTF-8 (with or without a BOM) and Shift_JIS (the Japanese Excel default) are read. Up to 1 MB and 5,000 rows." }
    ImportExample { ja: "例", en: "Example" }
    ImportFileLabel { ja: "CSVファイル", en: "CSV file" }
    ImportCheck { ja: "内容を確認", en: "Check the file" }
    ImportChecking { ja: "確認しています…", en: "Checking…" }
    ImportChooseFile { ja: "CSVファイルを選んでください。", en: "Choose a CSV file." }
    ImportFileTooLarge { ja: "ファイルが大きすぎます（1MBまで）。", en: "The file is too large (1 MB at most)." }
    ImportUnreadable { ja: "ファイルを読み込めません。UTF-8かShift_JISのCSVとして保存し直してください。", en: "The file cannot be read. Save it again as a UTF-8 or Shift_JIS CSV." }
    ImportEmpty { ja: "ファイルに行がありません。", en: "The file has no rows." }
    ImportTooManyRows { ja: "行が多すぎます（5,000行まで）。ファイルを分けてください。", en: "Too many rows (5,000 at most). Split the file." }
    ImportDryRunTitle { ja: "確認結果（まだ登録していません）", en: "Dry run (nothing registered yet)" }
    ImportResultTitle { ja: "登録結果", en: "Result" }
    ImportEncoding { ja: "文字コード: {encoding}", en: "Encoding: {encoding}" }
    ImportRowsCaption { ja: "ファイルの各行と結果", en: "Each row of the file and its outcome" }
    ImportColLine { ja: "行", en: "Line" }
    ImportColEmail { ja: "メールアドレス", en: "Email" }
    ImportColTheme { ja: "テーマ", en: "Theme" }
    ImportColMessage { ja: "メッセージ", en: "Message" }
    ImportColOutcome { ja: "結果", en: "Outcome" }
    ImportWillRegister { ja: "登録します", en: "Will register" }
    ImportWillReregister { ja: "改めて依頼します（辞退・停止済み）", en: "Will ask again (had declined or stopped)" }
    ImportAlreadyRegistered { ja: "登録済み", en: "Already registered" }
    ImportUnknownEmail { ja: "メールアドレスが見つかりません", en: "Unknown email" }
    ImportUnknownTheme { ja: "テーマが見つかりません", en: "Unknown theme" }
    ImportArchivedTheme { ja: "アーカイブ済みのテーマ", en: "Archived theme" }
    ImportDuplicate { ja: "{line}行目と重複", en: "Duplicate of line {line}" }
    ImportDuplicateRows { ja: "重複", en: "Duplicates" }
    ImportInvalid { ja: "行の内容が不正", en: "Invalid row" }
    ImportEmailRequired { ja: "メールアドレスが空です", en: "The email is empty" }
    ImportEmailTooLong { ja: "メールアドレスが長すぎます", en: "The email is too long" }
    ImportThemeRequired { ja: "テーマが空です", en: "The theme is empty" }
    ImportMessageTooLong { ja: "メッセージが1000文字を超えています", en: "The message is over 1000 characters" }
    ImportCommit { ja: "{n}人を登録", en: "Register {n} people" }
    ImportCommitting { ja: "登録しています…", en: "Registering…" }
    ImportNothingToRegister { ja: "登録できる行はありません。", en: "No row can be registered." }
    ImportDone { ja: "{n}人を登録しました。本人が「設定」で承認すると、ピープルに表示されます。", en: "Registered {n} people. They appear on People once they approve in Settings." }
    ImportDownloadFailed { ja: "登録できない行をダウンロード（{n}行）", en: "Download the rows that failed ({n})" }
    ImportFailedNote { ja: "理由の列が付いたCSV（UTF-8）です。直して、そのまま取り込み直せます。", en: "A CSV (UTF-8) with a reason column: fix it and upload it again as it is." }
    ImportStartOver { ja: "別のファイルを選ぶ", en: "Choose another file" }
    ActivityThemesTitle { ja: "テーマ別の状況", en: "By theme" }
    ActivityThemesNote { ja: "申込・承諾は直近30日と90日に申し込まれた1on1の件数です（{date}時点）。", en: "Requests and accepted: 1on1s requested in the last 30 and 90 days (as of {date})." }
    ActivityColTheme { ja: "テーマ", en: "Theme" }
    ActivityColApproved { ja: "承認済み", en: "Approved" }
    ActivityColPending { ja: "承認待ち", en: "Pending" }
    ActivityColRequests30 { ja: "申込（30日）", en: "Requests (30 d)" }
    ActivityColRequests90 { ja: "申込（90日）", en: "Requests (90 d)" }
    ActivityColAccepted30 { ja: "承諾（30日）", en: "Accepted (30 d)" }
    ActivityColAccepted90 { ja: "承諾（90日）", en: "Accepted (90 d)" }
    ActivityArchived { ja: "アーカイブ済み", en: "Archived" }
    ActivityDownload { ja: "CSVをダウンロード", en: "Download CSV" }
    ActivityNoTimesTitle { ja: "希望時間が未設定のメンター", en: "Mentors without preferred times" }
    ActivityNoTimesNote { ja: "週の希望時間がないため、だれも申し込めません。", en: "Nobody can book them: they have no weekly preferred times." }
    ActivityNeverBookedTitle { ja: "申込をまだ受けていないメンター", en: "Mentors never booked" }
    ActivityNeverBookedNote { ja: "これまで1on1の申込が一度もありません。", en: "Nobody has asked them for a 1on1 yet." }
    ActivityNobody { ja: "該当するメンターはいません。", en: "Nobody." }
    ActivityWeeksTitle { ja: "週ごとの1on1（直近12週）", en: "1on1s per week (last 12 weeks)" }
    ActivityWeeksNote { ja: "承諾された1on1を、実施する週で数えています（週は月曜始まり、{zone}）。", en: "Accepted 1on1s, by the week they take place (weeks start on Monday, {zone})." }
    ActivityColWeek { ja: "週（月曜）", en: "Week of" }
    ActivityColCount { ja: "1on1", en: "1on1s" }
    AdminTabThemes { ja: "テーマ", en: "Themes" }
    AdminTabMentors { ja: "メンター", en: "Mentors" }
    AdminTabImport { ja: "CSV取り込み", en: "CSV import" }
    AdminTabActivity { ja: "活動状況", en: "Activity" }
    AdminTabTopics { ja: "トピックと対応", en: "Topics and responses" }

    // Admin: the topic grid and the responses wanted (対応)
    AtpTopicsHeading { ja: "トピック", en: "Topics" }
    AtpTopicsLead { ja: "1on1の申込で相談者が選ぶ話題です。カテゴリごとに、過去・現在・未来についての問いを並べます。おすすめにした問いは、対象の相談者の申込画面で最初に表示されます。", en: "What mentees choose from when they ask for a 1on1: per category, prompts about the past, the present and the future. A recommended prompt is shown first to the mentees it is recommended to." }
    AtpUsedRule { ja: "1on1で選ばれたものは削除できず、アーカイブだけできます。アーカイブすると新しい申込には出なくなり、これまでの1on1にはそのまま残ります。", en: "Anything a 1on1 has already used cannot be deleted, only archived: it leaves new requests and stays on the 1on1s that used it." }
    AtpNoCategories { ja: "まだカテゴリがありません。まずカテゴリを追加してください。", en: "There are no categories yet. Add a category first." }
    AtpPromptCount { ja: "{n}件の問い", en: "{n} prompts" }
    AtpPrompt { ja: "問い", en: "Prompt" }
    AtpAddPrompt { ja: "「{frame}」に問いを追加", en: "Add a prompt under “{frame}”" }
    AtpFrameEmpty { ja: "まだ問いがありません。", en: "No prompts yet." }
    AtpAudience { ja: "おすすめの対象", en: "Recommended to" }
    AtpAudNobody { ja: "おすすめにしない", en: "Not recommended" }
    AtpAudNewGraduates { ja: "新卒入社の人", en: "New graduates" }
    AtpAudCareerHires { ja: "キャリア入社の人", en: "Career hires" }
    AtpAudEveryone { ja: "全員", en: "Everyone" }
    AtpBadgeNewGraduates { ja: "おすすめ：新卒入社", en: "Recommended: new graduates" }
    AtpBadgeCareerHires { ja: "おすすめ：キャリア入社", en: "Recommended: career hires" }
    AtpBadgeEveryone { ja: "おすすめ：全員", en: "Recommended: everyone" }
    AtpUsedBadge { ja: "1on1で使用済み", en: "Used in 1on1s" }
    AtpEdit { ja: "編集", en: "Edit" }
    AtpEditLabel { ja: "「{name}」を編集", en: "Edit “{name}”" }
    AtpAdd { ja: "追加", en: "Add" }
    AtpPromptAdded { ja: "問い「{name}」を追加しました。", en: "Added the prompt “{name}”." }
    AtpSaved { ja: "「{name}」を保存しました。", en: "Saved “{name}”." }
    AtpArchivedDone { ja: "「{name}」をアーカイブしました。新しい申込には表示されません。", en: "Archived “{name}”. New requests no longer offer it." }
    AtpDeleteQuestion { ja: "「{name}」を削除しますか？元に戻せません。", en: "Delete “{name}”? This cannot be undone." }
    AtpErrInUse { ja: "1on1で使われているため削除できません。アーカイブしてください。", en: "A 1on1 already uses it, so it cannot be deleted. Archive it instead." }
    AtpResponsesHeading { ja: "希望する対応", en: "Responses wanted" }
    AtpResponsesLead { ja: "相談者が申込のときに選ぶ、メンターにしてほしい対応です（例：まずは聞いてほしい、一緒に考えてほしい、助言がほしい）。", en: "What mentees ask the mentor for when they request a 1on1 (for example: just listen, think it through together, give advice)." }
    AtpResponseName { ja: "対応の名前", en: "Response name" }
    AtpResponseDescription { ja: "説明", en: "Description" }
    AtpDescriptionHint { ja: "説明は省略できます。書くときは日本語と英語の両方で書いてください。", en: "The description is optional; if you write one, write it in both languages." }
    AtpNewResponse { ja: "対応を追加", en: "Add a response" }
    AtpResponseAdded { ja: "対応「{name}」を追加しました。", en: "Added the response “{name}”." }
    AtpNoResponses { ja: "まだ対応がありません。", en: "No responses yet." }

    // Admin: themes and mentors per theme
    AthThemesHeading { ja: "テーマとカテゴリ", en: "Themes and categories" }
    AthThemesLead { ja: "メンターが話せるテーマを管理します。並び順はピープルの絞り込みとカードの表示順になります。", en: "The themes mentors can talk about. Their order is the order of the People filter and the cards." }
    AthNewTheme { ja: "新しいテーマ", en: "New theme" }
    AthNewThemeIn { ja: "「{name}」にテーマを追加", en: "Add a theme to “{name}”" }
    AthNoThemes { ja: "まだテーマがありません。例から始めると、年次・属性／業務経験／業務外経験／制度の利用／その他のカテゴリと例のテーマ（キャリア入社（1年以内）、海外駐在、育休・産休取得、社内サークル・趣味など）が作られます。あとからすべて編集できます。", en: "There are no themes yet. Starting from examples creates the categories Year and background / Work experience / Outside work / Using company programmes / Other, with example themes (career hire within a year, posting abroad, parental leave, clubs and hobbies, …). You can edit all of them afterwards." }
    AthExamples { ja: "例から始める", en: "Start from examples" }
    AthExamplesDone { ja: "例のカテゴリとテーマを作成しました。", en: "The example categories and themes were created." }
    AthNewCategory { ja: "カテゴリを追加", en: "Add a category" }
    AthAddCategory { ja: "カテゴリを追加", en: "Add category" }
    AthCategoryAdded { ja: "カテゴリ「{name}」を追加しました。", en: "Added the category “{name}”." }
    AthCategoryName { ja: "カテゴリ名", en: "Category name" }
    AthCategoryEmpty { ja: "このカテゴリにはまだテーマがありません。", en: "No themes in this category yet." }
    AthRename { ja: "名前を変更", en: "Rename" }
    AthRenamed { ja: "カテゴリ名を「{name}」に変更しました。", en: "Renamed the category to “{name}”." }
    AthSave { ja: "保存", en: "Save" }
    AthCancel { ja: "やめる", en: "Cancel" }
    AthInLang { ja: "{what}（{lang}）", en: "{what} ({lang})" }
    AthLangJa { ja: "日本語", en: "Japanese" }
    AthLangEn { ja: "英語", en: "English" }
    AthMoveUp { ja: "「{name}」を上へ移動", en: "Move “{name}” up" }
    AthMoveDown { ja: "「{name}」を下へ移動", en: "Move “{name}” down" }
    AthMoved { ja: "「{name}」を{total}件中{n}番目に移動しました。", en: "Moved “{name}” to position {n} of {total}." }
    AthCounts { ja: "承認済み {approved}人 · 回答待ち {pending}人", en: "{approved} approved · {pending} pending" }
    AthNeedsAnswerCount { ja: "要回答 {n}人", en: "{n} need to answer" }
    AthArchivedBadge { ja: "アーカイブ済み", en: "Archived" }
    AthArchive { ja: "アーカイブ", en: "Archive" }
    AthUnarchive { ja: "アーカイブを解除", en: "Unarchive" }
    AthArchiveConfirm { ja: "アーカイブする", en: "Archive it" }
    AthArchivedDone { ja: "「{name}」をアーカイブしました。ピープルの絞り込みとカードから外れました。", en: "Archived “{name}”. It has left the People filter and the cards." }
    AthUnarchivedDone { ja: "「{name}」のアーカイブを解除しました。", en: "“{name}” is live again." }
    AthDelete { ja: "削除", en: "Delete" }
    AthDeleteQuestion { ja: "このテーマを削除しますか？元に戻せません。", en: "Delete this theme? This cannot be undone." }
    AthDeleteConfirm { ja: "削除する", en: "Delete it" }
    AthDeletedDone { ja: "「{name}」を削除しました。", en: "Deleted “{name}”." }
    AthImpactTitle { ja: "保存するとメンターに影響します", en: "Saving this affects mentors" }
    AthImpactAsked { ja: "承認済みのメンター{n}人に、この必須項目への回答をお願いします。", en: "Asks {n} approved mentors to answer the required items." }
    AthImpactDropped { ja: "{n}件の回答が削除されます（項目の削除や、選択肢・種類の変更で合わなくなった回答）。", en: "Deletes {n} answers (items removed, or answers that no longer fit a changed item)." }
    AthImpactHidden { ja: "{n}人のメンターのカードからこのテーマがすぐに外れます。", en: "Hides it from {n} mentors' cards at once." }
    AthImpactNoLongerMentors { ja: "そのうち{n}人はほかに公開中のテーマがないため、メンター一覧に表示されなくなります。", en: "{n} of them hold no other live theme and leave the mentor list." }
    AthImpactOpenOneOnOnes { ja: "このテーマで申し込み中・確定済みの1on1 {n}件はそのまま対応できます。", en: "{n} requested or accepted 1on1s under it stay answerable." }
    AthImpactPending { ja: "回答待ちの登録が{n}件あります（登録は残ります）。", en: "{n} registrations are still waiting for an answer (they stay)." }
    AthImpactNone { ja: "メンターへの影響はありません。", en: "No mentor is affected." }
    AthNewItemRule { ja: "必須項目を追加しても、承認済みのメンターは一覧に表示されたままです。設定の登録に「要回答」と表示され、回答するまでカードには回答済みの項目だけが出ます。", en: "When you add a required item, approved mentors stay listed: their registration shows “needs an answer” in Settings, and until they answer, their card shows the answers they have." }
    AthSaveAnyway { ja: "このまま保存", en: "Save anyway" }
    AthKeepEditing { ja: "編集に戻る", en: "Keep editing" }
    AthBackToThemes { ja: "← テーマ一覧へ", en: "← All themes" }
    AthThemeMentorsLink { ja: "このテーマのメンター", en: "Mentors of this theme" }
    AthThemeName { ja: "テーマ名", en: "Theme name" }
    AthCategory { ja: "カテゴリ", en: "Category" }
    AthChooseCategory { ja: "カテゴリを選んでください", en: "Choose a category" }
    AthDescription { ja: "説明", en: "Description" }
    AthItemsHeading { ja: "必須項目", en: "Required items" }
    AthItemsLead { ja: "メンターがテーマを承認するときに答える項目です（最大20件）。", en: "What mentors answer when they approve the theme (at most 20)." }
    AthAddItem { ja: "項目を追加", en: "Add an item" }
    AthItemN { ja: "項目 {n}", en: "Item {n}" }
    AthItemUp { ja: "項目 {n} を上へ移動", en: "Move item {n} up" }
    AthItemDown { ja: "項目 {n} を下へ移動", en: "Move item {n} down" }
    AthItemRemove { ja: "項目 {n} を削除", en: "Remove item {n}" }
    AthItemMoved { ja: "項目 {from} を{n}番目に移動しました。", en: "Moved item {from} to position {n}." }
    AthItemRemoved { ja: "項目 {n} を削除しました。", en: "Removed item {n}." }
    AthRemove { ja: "削除", en: "Remove" }
    AthItemLabel { ja: "項目名", en: "Label" }
    AthItemKind { ja: "種類", en: "Kind" }
    AthKindShort { ja: "短い文（60文字まで）", en: "Short text (up to 60)" }
    AthKindLong { ja: "長い文（400文字まで）", en: "Long text (up to 400)" }
    AthKindChoice { ja: "選択肢から1つ", en: "One of several options" }
    AthKindYear { ja: "年（西暦）", en: "Year" }
    AthItemRequired { ja: "回答を必須にする", en: "An answer is required" }
    AthOptions { ja: "選択肢（2〜20件、重複なし）", en: "Options (2 to 20, all different)" }
    AthOptionN { ja: "選択肢 {n}", en: "Option {n}" }
    AthOptionRemove { ja: "選択肢 {n} を削除", en: "Remove option {n}" }
    AthAddOption { ja: "選択肢を追加", en: "Add an option" }
    AthSaveTheme { ja: "テーマを保存", en: "Save theme" }
    AthSaved { ja: "保存しました。", en: "Saved." }
    AthReload { ja: "最新の内容を読み込む", en: "Reload" }
    AthReloaded { ja: "最新の内容を読み込みました。", en: "Loaded the latest version." }
    AthErrStale { ja: "このテーマは、開いたあとで別の管理者が変更しました。入力した内容はまだ消えていません。「最新の内容を読み込む」を押すと、相手の変更が表示されます（入力内容は置き換わります）。", en: "Another admin changed this theme after you opened it. What you typed is still here; Reload shows their version (and replaces what you typed)." }
    AthErrDuplicateOption { ja: "同じ選択肢がすでにあります。", en: "The same option is already there." }
    AthErrTooFewOptions { ja: "選択肢を2つ以上入力してください。", en: "Write at least 2 options." }
    AthErrTooMany { ja: "多すぎます。数を減らしてください。", en: "There are too many. Remove some." }
    AthErrNoCategory { ja: "そのカテゴリは見つかりません。選び直してください。", en: "That category no longer exists. Choose another." }
    AthErrUnknownItem { ja: "この項目は別の管理者が削除しました。再読み込みしてください。", en: "Another admin removed this item. Reload." }
    AthErrThemeInUse { ja: "このテーマは登録や1on1で使われたため削除できません。代わりにアーカイブしてください。", en: "This theme has registrations or 1on1s, so it cannot be deleted. Archive it instead." }
    AthErrThemeArchived { ja: "アーカイブ済みのテーマには登録できません。", en: "Nobody can be registered for an archived theme." }
    AthErrThemesExist { ja: "テーマがすでにあるため、例からは始められません。", en: "There are themes already, so examples cannot be added." }
    AthChangesHeading { ja: "最近の変更", en: "Latest changes" }
    AthNoChanges { ja: "記録された変更はまだありません。", en: "No changes recorded yet." }
    AthSomeone { ja: "（削除されたユーザー）", en: "(a removed user)" }
    AthLogCreate { ja: "作成", en: "Created" }
    AthLogUpdate { ja: "編集", en: "Edited" }
    AthLogArchive { ja: "アーカイブ", en: "Archived" }
    AthLogUnarchive { ja: "アーカイブ解除", en: "Unarchived" }
    AthLogDelete { ja: "削除", en: "Deleted" }
    AthLogRegister { ja: "メンター登録", en: "Registered a mentor" }
    AthLogWithdraw { ja: "登録の取り消し", en: "Withdrew a registration" }
    AthLogApprove { ja: "メンターが承認", en: "A mentor approved" }
    AthLogDecline { ja: "メンターが辞退", en: "A mentor declined" }
    AthLogStop { ja: "メンターが担当を終了", en: "A mentor stopped" }
    AthLogAnswers { ja: "メンターが回答を更新", en: "A mentor updated answers" }
    AthLogOther { ja: "変更", en: "Changed" }
    AthLogItems { ja: "項目 {before}件 → {after}件", en: "items {before} → {after}" }
    AthMentorsHeading { ja: "テーマごとのメンター", en: "Mentors per theme" }
    AthMentorsLead { ja: "テーマを選ぶと、登録された人と状態が表示されます。登録された人は設定で承認または辞退します。", en: "Choose a theme to see who is registered and where each stands. The people registered approve or decline in their Settings." }
    AthChooseTheme { ja: "テーマ", en: "Theme" }
    AthChooseThemeNone { ja: "テーマを選んでください", en: "Choose a theme" }
    AthRegistrationsHeading { ja: "登録されている人", en: "People registered" }
    AthRegistrationCount { ja: "{n}人", en: "{n} people" }
    AthNoRegistrations { ja: "このテーマにはまだ誰も登録されていません。", en: "Nobody is registered for this theme yet." }
    AthStatusPending { ja: "回答待ち", en: "Pending" }
    AthStatusApproved { ja: "承認済み", en: "Approved" }
    AthStatusDeclined { ja: "辞退", en: "Declined" }
    AthStatusStopped { ja: "終了", en: "Stopped" }
    AthNeedsAnswer { ja: "要回答", en: "Needs an answer" }
    AthRegisteredOn { ja: "{when} {name} さんが登録", en: "Registered {when} by {name}" }
    AthApprovedOn { ja: "{when} 承認", en: "Approved {when}" }
    AthDeclinedOn { ja: "{when} 辞退", en: "Declined {when}" }
    AthStoppedOn { ja: "{when} 終了", en: "Stopped {when}" }
    AthMessageShown { ja: "メッセージ：", en: "Message: " }
    AthDeclineReason { ja: "辞退の理由：", en: "Reason for declining: " }
    AthWithdraw { ja: "登録を取り消す", en: "Withdraw" }
    AthWithdrawLabel { ja: "{name} さんの登録を取り消す", en: "Withdraw {name}'s registration" }
    AthWithdrawQuestion { ja: "この登録を取り消しますか？回答も削除されます。このテーマで作られた1on1は残ります。", en: "Withdraw this registration? Their answers are deleted too; 1on1s made under the theme stay." }
    AthWithdrawConfirm { ja: "取り消す", en: "Withdraw it" }
    AthWithdrawn { ja: "{name} さんの登録を取り消しました。", en: "Withdrew {name}'s registration." }
    AthRegisterHeading { ja: "メンターとして登録する", en: "Register mentors" }
    AthSearchPeople { ja: "名前・読み・ローマ字・部署で探す", en: "Search by name, reading, Latin name or department" }
    AthSelectedCount { ja: "{n}人を選択中", en: "{n} selected" }
    AthUnpick { ja: "{name} さんを選択から外す", en: "Remove {name} from the selection" }
    AthChoosePeople { ja: "登録する人を1人以上選んでください。", en: "Choose at least one person to register." }
    AthMessageLabel { ja: "登録する人へのメッセージ（任意）", en: "Message to the people registered (optional)" }
    AthRegisterSubmit { ja: "選んだ人を登録", en: "Register the people chosen" }
    AthResultsHeading { ja: "登録の結果", en: "What happened" }
    AthOutcomeRegistered { ja: "登録しました（回答待ち）", en: "registered (pending)" }
    AthOutcomeReregistered { ja: "もう一度依頼しました（回答待ち）", en: "asked again (pending)" }
    AthOutcomeAlready { ja: "すでに登録されています", en: "already registered" }
    AthPersonThemes { ja: "{name} さんのテーマ", en: "{name}'s themes" }
    AthPersonThemesNoName { ja: "この人のテーマ", en: "This person's themes" }
    AthPersonNone { ja: "どのテーマにも登録されていません。", en: "Not registered for any theme." }
    AthBackToMentors { ja: "← テーマごとのメンターへ", en: "← Mentors per theme" }

    // Placeholder pages
    OneOnOnesTitle { ja: "わたしの1on1", en: "My 1on1s" }
    SurveysTitle { ja: "サーベイ", en: "Surveys" }
    SurveysBody { ja: "月次サーベイはまだ使えません。今後のリリースで提供する予定です。", en: "Monthly surveys are not available yet. They will come in a later release." }
    AdminTitle { ja: "管理", en: "Admin" }
    NotAllowedTitle { ja: "このページは表示できません", en: "You can't open this page" }
    NotAllowedBody { ja: "このページは管理者だけが使えます。", en: "Only administrators can use this page." }
    MentorRequestTitle { ja: "1on1を申し込む", en: "Request a 1on1" }
    BackToPeople { ja: "ピープルに戻る", en: "Back to People" }
    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "URLが間違っているか、ページが移動した可能性があります。", en: "The address may be mistyped, or the page may have moved." }

    // Settings: my mentor themes
    SettingsTitle { ja: "設定", en: "Settings" }
    SettingsThemes { ja: "わたしのメンターテーマ", en: "My mentor themes" }
    SettingsTimes { ja: "1on1の希望時間", en: "1on1 times" }

    // Settings: 1on1 times (weekly hours, zone, rules)
    TimesNotMentorTitle { ja: "メンターになると、ここで希望時間を設定できます", en: "Once you are a mentor, you set your 1on1 times here" }
    TimesNotMentorBody { ja: "事務局（人事）がテーマごとにメンターを登録します。登録されたら「わたしのメンターテーマ」で承認してください。承認すると、相談者が申し込める時間をここで決められます。", en: "HR registers mentors for each theme. When you are registered, approve the theme in “My mentor themes”; then you choose here the times mentees can book." }
    TimesToThemes { ja: "わたしのメンターテーマへ", en: "Go to My mentor themes" }
    TimesLead { ja: "相談者は、ここで決めた時間の中でだけ1on1を申し込めます。時刻はすべて下のタイムゾーンの時刻です。", en: "Mentees can only ask for 1on1s inside these times. Every time here is in the time zone below." }
    TimesNoHours { ja: "まだ希望時間がありません。曜日を選んで時間を追加すると、相談者が申し込めるようになります。", en: "You have no 1on1 times yet. Turn on a day and add a range so that mentees can book you." }
    TimesZone { ja: "タイムゾーン", en: "Time zone" }
    TimesZoneHint { ja: "都市名で探せます（例：Tokyo、London、New_York）。", en: "Search by city (for example Tokyo, London, New_York)." }
    TimesZoneNow { ja: "現在：{label}", en: "Now: {label}" }
    TimesUseBrowserZone { ja: "このブラウザのタイムゾーン（{zone}）にする", en: "Use this browser’s zone ({zone})" }
    TimesWeekly { ja: "毎週の希望時間", en: "Weekly hours" }
    TimesWeeklyHint { ja: "24時間表記で、1分単位で入力できます（例：9:05、17:30）。24:00で1日を終えられます。", en: "Type 24-hour times at any minute (for example 9:05, 17:30); 24:00 ends a day." }
    TimesDayOn { ja: "{day}に受け付ける", en: "Available on {day}" }
    TimesFrom { ja: "開始", en: "From" }
    TimesTo { ja: "終了", en: "To" }
    TimesRangeLabel { ja: "{day}の{n}つ目の時間帯", en: "{day}, range {n}" }
    TimesRemoveRange { ja: "{day} {range} を削除", en: "Remove {range} on {day}" }
    TimesAddRange { ja: "時間帯を追加", en: "Add a range" }
    TimesAddRangeOn { ja: "{day}に時間帯を追加", en: "Add a range on {day}" }
    TimesCopy { ja: "ほかの曜日にコピー", en: "Copy to other days" }
    TimesCopyTo { ja: "{day}の時間帯をコピーする曜日", en: "Copy {day}’s ranges to" }
    TimesCopyApply { ja: "コピーする", en: "Copy" }
    TimesCopied { ja: "{day}の時間帯を{n}日にコピーしました（保存はまだです）。", en: "Copied {day}’s ranges to {n} days (not saved yet)." }
    TimesRules { ja: "申込のルール", en: "Booking rules" }
    TimesSlot { ja: "1回の長さ（分）", en: "Length of a 1on1 (minutes)" }
    TimesSlotHint { ja: "15〜120分", en: "15 to 120 minutes" }
    TimesBuffer { ja: "1on1の間の余白（分）", en: "Break between 1on1s (minutes)" }
    TimesBufferHint { ja: "0〜60分。ほかの1on1の前後に空けます（希望時間の端には空けません）。", en: "0 to 60 minutes, kept around your other 1on1s (not at the edges of your hours)." }
    TimesNotice { ja: "申込の締め切り（開始の何時間・何日前まで）", en: "Minimum notice before a 1on1" }
    TimesNoticeUnit { ja: "単位", en: "Unit" }
    TimesMinutes { ja: "分", en: "minutes" }
    TimesHours { ja: "時間", en: "hours" }
    TimesDays { ja: "日", en: "days" }
    TimesHorizon { ja: "何日先まで申し込めるか（日）", en: "How far ahead people can book (days)" }
    TimesHorizonHint { ja: "1〜92日（約3か月）", en: "1 to 92 days (about 3 months)" }
    TimesSave { ja: "希望時間を保存", en: "Save 1on1 times" }
    TimesUnsaved { ja: "保存していない変更があります", en: "You have unsaved changes" }
    TimesSaved { ja: "保存しました。相談者の予約カレンダーに、新しい時間がすぐ反映されます。", en: "Saved. Mentees’ calendars show the new times now." }
    TimesFixErrors { ja: "{n}件の入力を直してください。", en: "Please fix {n} fields." }
    TimesConflict { ja: "ほかのタブや端末で希望時間が変更されました。読み込み直すと、ここでの変更は失われます。上書きすると、ほかでの変更が失われます。", en: "Your 1on1 times were changed elsewhere (another tab or device). Reloading discards the changes made here; overwriting discards the other change." }
    TimesReload { ja: "読み込み直す", en: "Reload" }
    TimesOverwrite { ja: "この内容で上書き", en: "Overwrite with these" }
    TimesErrInvalidTime { ja: "9:00 や 17:30 のように入力してください（24:00は終了のみ）。", en: "Type a time like 9:00 or 17:30 (24:00 only as an end)." }
    TimesErrBeforeStart { ja: "終了は開始より後にしてください。", en: "The end must be after the start." }
    TimesErrOutOfDay { ja: "0:00〜24:00の範囲で入力してください。", en: "Use a time from 0:00 to 24:00." }
    TimesErrOverlap { ja: "この曜日のほかの時間帯と重なっています。", en: "Overlaps another range on this day." }
    TimesErrOutOfRange { ja: "範囲内の数を入力してください。", en: "Enter a number in the range shown." }
    TimesErrBeyondHorizon { ja: "締め切りは、申し込める期間より短くしてください。今のままでは誰も申し込めません。", en: "The notice must be shorter than how far ahead people can book; as it is, nobody could book you." }
    TimesErrZone { ja: "一覧にあるタイムゾーンを選んでください。", en: "Choose a time zone from the list." }
    WeekdayMon { ja: "月曜日", en: "Monday" }
    WeekdayTue { ja: "火曜日", en: "Tuesday" }
    WeekdayWed { ja: "水曜日", en: "Wednesday" }
    WeekdayThu { ja: "木曜日", en: "Thursday" }
    WeekdayFri { ja: "金曜日", en: "Friday" }
    WeekdaySat { ja: "土曜日", en: "Saturday" }
    WeekdaySun { ja: "日曜日", en: "Sunday" }
    MyThemesLead { ja: "管理者があなたをメンターとして登録したテーマです。承認すると、ピープルのメンター一覧にあなたのカードが表示されます。", en: "Themes an admin registered you for as a mentor. Once you approve one, your card shows on People." }
    MyThemesPending { ja: "回答待ちの登録", en: "Waiting for your answer" }
    MyThemesApproved { ja: "メンターをしているテーマ", en: "Themes you mentor" }
    MyThemesHistory { ja: "辞退・停止したテーマ", en: "Declined and stopped" }
    MyThemesNoneTitle { ja: "まだメンターとして登録されていません", en: "You are not registered as a mentor yet" }
    MyThemesNoneBody { ja: "メンターになるには、管理者（事務局）があなたをテーマごとに登録します。登録されるとここに表示されます。テーマの項目に答えて承認すると、ピープルにあなたのカードが表示されます。", en: "To become a mentor, an admin (the programme office) registers you for a theme. It then shows here: answer the theme's questions and approve it, and your card appears on People." }
    RegisteredByOn { ja: "{name} さんが{date}に登録", en: "Registered by {name} on {date}" }
    RegisteredOn { ja: "{date}に登録", en: "Registered on {date}" }
    ApprovedOn { ja: "{date}に承認", en: "Approved on {date}" }
    DeclinedOn { ja: "{date}に辞退", en: "Declined on {date}" }
    StoppedOn { ja: "{date}に停止", en: "Stopped on {date}" }
    AdminMessage { ja: "管理者からのメッセージ", en: "Message from the admin" }
    YourDeclineReason { ja: "辞退の理由", en: "Your reason" }
    ThemeItems { ja: "答える項目", en: "Questions to answer" }
    NoThemeItems { ja: "このテーマに答える項目はありません。", en: "This theme has no questions to answer." }
    ItemRequired { ja: "必須", en: "Required" }
    ItemOptional { ja: "任意", en: "Optional" }
    KindShortText { ja: "短い文（60文字まで）", en: "Short text (up to 60 characters)" }
    KindLongText { ja: "長い文（400文字まで）", en: "Long text (up to 400 characters)" }
    KindSingleChoice { ja: "選択肢から1つ", en: "One of the options" }
    KindYear { ja: "西暦の年", en: "A year" }
    StatusPending { ja: "回答待ち", en: "Pending" }
    StatusApproved { ja: "承認済み", en: "Approved" }
    StatusDeclined { ja: "辞退", en: "Declined" }
    StatusStopped { ja: "停止", en: "Stopped" }
    NeedsAnswer { ja: "回答が必要", en: "Needs an answer" }
    NeedsAnswerBody { ja: "管理者が必須の項目を追加しました。カードには引き続き表示されています。回答を追加してください。", en: "An admin added a required question. You are still on the cards; please add your answer." }
    ThemeArchivedNote { ja: "このテーマは管理者がアーカイブしたため、どのカードにも表示されません。", en: "An admin archived this theme, so it shows on no card." }
    OpenApprove { ja: "答えて承認する", en: "Answer and approve" }
    OpenDecline { ja: "辞退する", en: "Decline" }
    OpenEditAnswers { ja: "回答を編集", en: "Edit answers" }
    OpenStop { ja: "このテーマのメンターをやめる", en: "Stop mentoring this theme" }
    OpenTakeUp { ja: "もう一度引き受ける", en: "Take it up again" }
    SubmitApprove { ja: "承認する", en: "Approve" }
    SubmitAnswers { ja: "回答を保存", en: "Save answers" }
    SubmitDecline { ja: "辞退を送信", en: "Send decline" }
    SubmitStop { ja: "メンターをやめる", en: "Stop mentoring" }
    DeclineReasonLabel { ja: "辞退の理由（任意）", en: "Reason (optional)" }
    DeclineReasonHint { ja: "管理者に表示されます。", en: "Admins see it." }
    StopTitle { ja: "「{theme}」のメンターをやめますか？", en: "Stop mentoring “{theme}”?" }
    StopBody { ja: "このテーマではあなたのカードが表示されなくなり、新しい申し込みは届きません。すでに届いている申し込みには、これまでどおり返事ができます。回答は残るので、あとで引き受け直せます。", en: "Your card stops showing under this theme and nobody can send a new request under it. Requests you already have stay answerable. Your answers are kept, so you can take it up again later." }
    CharCount { ja: "{n}/{max}文字", en: "{n}/{max} characters" }
    YearHint { ja: "西暦4桁（例: 2019）", en: "Four digits, e.g. 2019" }
    ErrAnswerRequired { ja: "この項目に答えてください。", en: "Answer this question." }
    ErrAnswerTooLong { ja: "{max}文字以内にしてください。", en: "Use at most {max} characters." }
    ErrAnswerChoice { ja: "選択肢から1つ選んでください。", en: "Choose one of the options." }
    ErrAnswerYear { ja: "1900〜2100の西暦4桁で入力してください。", en: "Enter a year from 1900 to 2100." }
    ErrAnswersFix { ja: "答えていない項目か、正しくない回答があります。", en: "Some answers are missing or not valid." }
    ErrThemeChanged { ja: "このテーマの項目が変わりました。ページを再読み込みしてください。", en: "This theme's questions have changed. Reload the page." }
    ErrNotPending { ja: "この登録はすでに回答済みです。ページを再読み込みしてください。", en: "This registration was already answered. Reload the page." }
    ErrNotApproved { ja: "この登録は承認されていません。ページを再読み込みしてください。", en: "This registration is not approved. Reload the page." }
    ErrThemeArchived { ja: "このテーマはアーカイブされたため、承認できません。", en: "This theme was archived, so it can't be approved." }
    DidApprove { ja: "「{theme}」を承認しました。ピープルにあなたのカードが表示されます。", en: "You approved “{theme}”. Your card shows on People." }
    DidSaveAnswers { ja: "「{theme}」の回答を保存しました。", en: "Your answers to “{theme}” are saved." }
    DidDeclineTheme { ja: "「{theme}」を辞退しました。", en: "You declined “{theme}”." }
    DidStop { ja: "「{theme}」のメンターをやめました。", en: "You stopped mentoring “{theme}”." }
    PreviewTitle { ja: "メンティーに表示されるカード", en: "Your card as mentees see it" }
    PreviewLead { ja: "保存すると、ピープルにこのように表示されます。", en: "Once saved, People shows your card like this." }
    PreviewNone { ja: "承認したテーマがないため、ピープルにあなたのカードは表示されません。", en: "With no approved theme, you have no card on People." }

    // Settings: bilingual answers and the talk-about profile
    AnswerSideJa { ja: "日本語", en: "Japanese" }
    AnswerSideEn { ja: "英語", en: "English" }
    TalkAboutTitle { ja: "話せること（プロフィール）", en: "What I can talk about" }
    TalkAboutLead { ja: "メンターカードに表示されます。日本語と英語のどちらか、または両方で書けます。書かれていない言語の読み手には、もう一方の言語が「…のみ」の表示付きで出ます。", en: "Shown on your mentor card. Write it in Japanese, in English or in both; readers of a language you leave empty see the other one, marked as such." }
    TalkAboutSave { ja: "プロフィールを保存", en: "Save profile" }
    TalkAboutSaved { ja: "話せることを保存しました。", en: "Saved what you can talk about." }
    ErrTalkAboutTooLong { ja: "{max}文字以内で入力してください。", en: "Keep it to {max} characters." }
}
