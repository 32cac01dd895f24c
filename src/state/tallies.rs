//! What a kiosk counts, on its way from the reducer (which decides what counts) to the device's
//! storage (an effect keeps it, see `kiosk::count_store`): a short queue of numbered tallies,
//! so that none is kept twice and none is lost when several arrive between two renders.

use crate::kiosk::counts::Tally;

/// More tallies than arrive between two renders.
const RECENT: usize = 32;

/// The latest tallies, each with its number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tallies {
    /// The number the next tally gets.
    next: u32,
    recent: Vec<(u32, Tally)>,
}

impl Tallies {
    /// Adds a tally.
    pub fn push(&mut self, tally: Tally) {
        self.recent.push((self.next, tally));
        self.next = self.next.wrapping_add(1);
        let excess = self.recent.len().saturating_sub(RECENT);
        self.recent.drain(..excess);
    }

    /// The number the next tally gets: every tally before it has been pushed.
    pub fn next(&self) -> u32 {
        self.next
    }

    /// The tallies numbered from `from` on (those still held).
    pub fn since(&self, from: u32) -> Vec<Tally> {
        self.recent
            .iter()
            .filter(|(number, _)| number.wrapping_sub(from) < self.next.wrapping_sub(from))
            .map(|(_, tally)| tally.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tally_is_handed_on_once() {
        let mut tallies = Tallies::default();
        assert_eq!(tallies.since(0), vec![]);
        tallies.push(Tally::ChartPlayed);
        tallies.push(Tally::QrShown);
        assert_eq!(tallies.since(0), vec![Tally::ChartPlayed, Tally::QrShown]);
        let seen = tallies.next();
        tallies.push(Tally::Visit { secs: 5 });
        assert_eq!(tallies.since(seen), vec![Tally::Visit { secs: 5 }]);
        assert_eq!(tallies.since(tallies.next()), vec![]);
        for _ in 0..100 {
            tallies.push(Tally::QrShown);
        }
        assert_eq!(tallies.since(0).len(), RECENT, "only the latest are held");
    }
}
