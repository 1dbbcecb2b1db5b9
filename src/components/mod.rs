//! Reusable views. They get data as contract types and report user intent
//! through callbacks; none of them talks to the API.

pub mod account;
pub mod avatar;
pub mod focus;
pub mod lang_switch;
pub mod media;
pub mod mentor_card;
pub mod page_heading;
pub mod person_row;
pub mod search_box;
pub mod shell;
pub mod states;
pub mod theme_filter;
pub mod user_text;
pub mod week_calendar;

pub use lang_switch::LangSwitch;
pub use mentor_card::MentorCard;
pub use page_heading::{PageHeading, RouteAnnouncer};
pub use person_row::PersonRow;
pub use search_box::SearchBox;
pub use shell::AppShell;
pub use states::{EmptyState, ErrorState, LoadingState, SkeletonCards};
pub use theme_filter::ThemeFilter;
pub use user_text::{OnlyInTag, UserTextView};
pub use week_calendar::WeekCalendar;
