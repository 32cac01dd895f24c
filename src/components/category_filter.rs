//! Buttons that show or hide each category, with the number of events in it.

use yew::prelude::*;

use crate::components::category_icon::category_icon;
use crate::content_file::content;
use crate::i18n::{ui, Lang};
use crate::state::{use_exhibit, Action};

/// Properties of [`CategoryFilter`].
#[derive(Properties, PartialEq, Clone)]
pub struct CategoryFilterProps {
    pub lang: Lang,
}

/// One toggle button per category (pressed = shown), and one to show all.
#[component]
pub fn CategoryFilter(props: &CategoryFilterProps) -> Html {
    let exhibit = use_exhibit();
    let content = content();
    let text = ui(props.lang);
    let show_all = {
        let exhibit = exhibit.clone();
        Callback::from(move |_| exhibit.dispatch(Action::ShowAllCategories))
    };
    html! {
        <div class="category-filter" role="group" aria-label={text.filter_label}>
            { for content.categories.iter().map(|category| {
                let count = content.events.iter().filter(|e| e.category == category.id).count();
                let shown = exhibit.shows_category(&category.id);
                let onclick = {
                    let exhibit = exhibit.clone();
                    let id = category.id.clone();
                    Callback::from(move |_| exhibit.dispatch(Action::ToggleCategory(id.clone())))
                };
                html! {
                    <button type="button" class="filter-button control" aria-pressed={shown.to_string()}
                        data-category={category.id.clone()} data-style={format!("--category: {}", category.colour)} {onclick}>
                        { category_icon(&category.icon) }
                        <span class="filter-name">{ category.name.get(props.lang) }</span>
                        <span class="filter-count">{ count }</span>
                    </button>
                }
            }) }
            if exhibit.categories.is_some() {
                <button type="button" class="filter-all control" onclick={show_all}>{ text.filter_show_all }</button>
            }
        </div>
    }
}
