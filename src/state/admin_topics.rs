//! The admin's topic grid: who a prompt is recommended to, as one choice,
//! and what can happen to a prompt or a response once a 1on1 used it.

use naname_contract::admin_topics::{AdminResponse, AdminTopic, AdminTopicCatalog, Audience};
use naname_contract::topics::TimeFrame;

/// Who a prompt is recommended to, as the admin picks it: one of four,
/// rather than two checkboxes whose "both" and "neither" must be explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceChoice {
    Nobody,
    NewGraduates,
    CareerHires,
    Everyone,
}

impl AudienceChoice {
    pub const ALL: [AudienceChoice; 4] = [
        AudienceChoice::Nobody,
        AudienceChoice::NewGraduates,
        AudienceChoice::CareerHires,
        AudienceChoice::Everyone,
    ];

    pub fn of(a: Audience) -> AudienceChoice {
        match (a.new_graduates, a.career_hires) {
            (false, false) => AudienceChoice::Nobody,
            (true, false) => AudienceChoice::NewGraduates,
            (false, true) => AudienceChoice::CareerHires,
            (true, true) => AudienceChoice::Everyone,
        }
    }

    pub fn audience(self) -> Audience {
        let (new_graduates, career_hires) = match self {
            AudienceChoice::Nobody => (false, false),
            AudienceChoice::NewGraduates => (true, false),
            AudienceChoice::CareerHires => (false, true),
            AudienceChoice::Everyone => (true, true),
        };
        Audience { new_graduates, career_hires }
    }

    /// The radio's value.
    pub fn slug(self) -> &'static str {
        match self {
            AudienceChoice::Nobody => "nobody",
            AudienceChoice::NewGraduates => "new_graduates",
            AudienceChoice::CareerHires => "career_hires",
            AudienceChoice::Everyone => "everyone",
        }
    }
}

/// A category's prompts in one time frame, in the grid's order.
pub fn in_frame(catalog: &AdminTopicCatalog, category_id: i64, frame: TimeFrame) -> Vec<i64> {
    catalog
        .categories
        .iter()
        .filter(|c| c.id == category_id)
        .flat_map(|c| c.topics.iter())
        .filter(|t| t.time_frame == frame)
        .map(|t| t.id)
        .collect()
}

/// The prompt `id`, wherever it sits.
pub fn topic(catalog: &AdminTopicCatalog, id: i64) -> Option<&AdminTopic> {
    catalog.categories.iter().flat_map(|c| c.topics.iter()).find(|t| t.id == id)
}

/// Replaces the prompt a write answered with, in place (the grid keeps its
/// order and the row keeps focus); `false` when it is not there (reload).
pub fn replace_topic(catalog: &mut AdminTopicCatalog, saved: AdminTopic) -> bool {
    let slot = catalog.categories.iter_mut().flat_map(|c| c.topics.iter_mut()).find(|t| t.id == saved.id);
    match slot {
        Some(t) => {
            *t = saved;
            true
        }
        None => false,
    }
}

/// Replaces the response a write answered with, in place; `false` when it
/// is not there (reload).
pub fn replace_response(catalog: &mut AdminTopicCatalog, saved: AdminResponse) -> bool {
    match catalog.responses.iter_mut().find(|r| r.id == saved.id) {
        Some(r) => {
            *r = saved;
            true
        }
        None => false,
    }
}

/// How many live (not archived) prompts a category has, for its heading.
pub fn live_count(catalog: &AdminTopicCatalog, category_id: i64) -> usize {
    catalog
        .categories
        .iter()
        .filter(|c| c.id == category_id)
        .flat_map(|c| c.topics.iter())
        .filter(|t| !t.archived)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::admin_topics::AdminTopicCategory;
    use naname_contract::Localized;

    fn prompt(id: i64, frame: TimeFrame, archived: bool) -> AdminTopic {
        AdminTopic {
            id,
            category_id: 1,
            time_frame: frame,
            prompt: Localized::new(format!("問{id}"), format!("Q{id}")),
            audience: Audience::default(),
            archived,
            used: false,
        }
    }

    fn catalog() -> AdminTopicCatalog {
        AdminTopicCatalog {
            categories: vec![AdminTopicCategory {
                id: 1,
                name: Localized::new("人間関係", "Relationships"),
                topics: vec![
                    prompt(1, TimeFrame::Past, false),
                    prompt(2, TimeFrame::Future, true),
                    prompt(3, TimeFrame::Past, false),
                ],
            }],
            responses: vec![],
        }
    }

    #[test]
    fn every_choice_round_trips_through_the_wire_audience() {
        for choice in AudienceChoice::ALL {
            assert_eq!(AudienceChoice::of(choice.audience()), choice);
        }
        assert_eq!(AudienceChoice::of(Audience::EVERYONE), AudienceChoice::Everyone);
        assert_eq!(AudienceChoice::of(Audience::default()), AudienceChoice::Nobody);
    }

    #[test]
    fn a_frame_lists_its_prompts_in_order_archived_included() {
        let c = catalog();
        assert_eq!(in_frame(&c, 1, TimeFrame::Past), [1, 3]);
        assert_eq!(in_frame(&c, 1, TimeFrame::Future), [2]);
        assert!(in_frame(&c, 1, TimeFrame::Present).is_empty());
        assert!(in_frame(&c, 9, TimeFrame::Past).is_empty());
        assert_eq!(live_count(&c, 1), 2);
    }

    #[test]
    fn a_saved_prompt_replaces_its_row_in_place() {
        let mut c = catalog();
        let mut saved = prompt(3, TimeFrame::Past, true);
        saved.audience = Audience::EVERYONE;
        assert!(replace_topic(&mut c, saved.clone()));
        assert_eq!(topic(&c, 3), Some(&saved));
        assert_eq!(in_frame(&c, 1, TimeFrame::Past), [1, 3]);
        assert!(!replace_topic(&mut c, prompt(42, TimeFrame::Past, false)));
    }
}
