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
    ActivityWeeksNote { ja: "承諾された1on1を、実施する週で数えています（週は月曜始まり、UTC）。", en: "Accepted 1on1s, by the week they take place (weeks start on Monday, in UTC)." }
    ActivityColWeek { ja: "週（月曜）", en: "Week of" }
    ActivityColCount { ja: "1on1", en: "1on1s" }
    AdminTabThemes { ja: "テーマ", en: "Themes" }
    AdminTabMentors { ja: "メンター", en: "Mentors" }
    AdminTabImport { ja: "CSV取り込み", en: "CSV import" }
    AdminTabTopics { ja: "話したいこと・対応", en: "Topics and responses" }
    AdminTabActivity { ja: "活動状況", en: "Activity" }

    // Placeholder pages
    OneOnOnesTitle { ja: "わたしの1on1", en: "My 1on1s" }
    SettingsTitle { ja: "設定", en: "Settings" }
    SettingsBody { ja: "設定（1on1の希望時間帯やメンターのテーマ）はまだ使えません。今後のリリースで提供する予定です。", en: "Settings (preferred 1on1 times, your mentor themes) are not available yet. They will come in a later release." }
    SurveysTitle { ja: "サーベイ", en: "Surveys" }
    SurveysBody { ja: "月次サーベイはまだ使えません。今後のリリースで提供する予定です。", en: "Monthly surveys are not available yet. They will come in a later release." }
    AdminTitle { ja: "管理", en: "Admin" }
    NotAllowedTitle { ja: "このページは表示できません", en: "You can't open this page" }
    NotAllowedBody { ja: "このページは管理者だけが使えます。", en: "Only administrators can use this page." }
    MentorRequestTitle { ja: "1on1を申し込む", en: "Request a 1on1" }
    BackToPeople { ja: "ピープルに戻る", en: "Back to People" }
    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "URLが間違っているか、ページが移動した可能性があります。", en: "The address may be mistyped, or the page may have moved." }
}
