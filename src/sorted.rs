//! Small sorted collections: what the app asked of `BTreeSet` and `BTreeMap` (a few keys, kept
//! in order, looked up, added, removed), as a sorted `Vec`. The B-tree's code was about 18 KB of
//! the wasm before compression for sets of a handful of categories and maps of a kiosk's daily
//! counts (issue 17). Postcard writes a `SortedMap` exactly as it wrote the `BTreeMap` (a
//! length, then key and value after each other), so counts a kiosk has stored still read.

use std::borrow::Borrow;
use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// The order of `len` things, stably sorted by `compare` (given two of their indices). The one
/// place the app's code in the wasm calls the standard library's sort: each `sort_by` on its
/// own type and closure brought another copy of it, about 3 KB each before compression (issue
/// 17). A call through `dyn` per comparison costs nothing a visitor notices for the few hundred
/// things the app sorts.
#[inline(never)]
pub fn order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Sorts `items` stably by `compare`, through [`order`].
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| taken[at].take()));
}

/// Sorts `items` stably by the key `key` gives, through [`order`].
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts years (or any whole numbers) and keeps each once.
pub fn sorted_once(mut numbers: Vec<i32>) -> Vec<i32> {
    sort_by(&mut numbers, Ord::cmp);
    numbers.dedup();
    numbers
}

/// A set kept in order, without duplicates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|item| item.borrow().cmp(value))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(value).is_ok()
    }

    /// Adds `value`; false if it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.find(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Takes `value` out; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }
}

impl<T> SortedSet<T> {
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A map kept in order of its keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(item, _)| item.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| &self.0[at].1)
    }

    /// The value of `key`, added as `V::default()` first if it is not there (as
    /// `BTreeMap::entry(key).or_default()`).
    pub fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (key, V::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    pub fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (key, value)),
        }
    }
}

impl<K, V> SortedMap<K, V> {
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, value)| value)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// A few thousand generated operations give the same as the B-tree collections.
    #[test]
    fn they_behave_as_the_btree_collections() {
        let mut seed = 0x2545_f491_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let (mut set, mut btree_set) = (SortedSet::new(), BTreeSet::new());
        let (mut map, mut btree_map) = (SortedMap::new(), BTreeMap::new());
        for _ in 0..5_000 {
            let key = format!("k{}", next(40));
            match next(4) {
                0 => assert_eq!(set.insert(key.clone()), btree_set.insert(key.clone())),
                1 => assert_eq!(set.remove(key.as_str()), btree_set.remove(key.as_str())),
                2 => {
                    *map.or_default(key.clone()) += 1u32;
                    *btree_map.entry(key.clone()).or_default() += 1;
                }
                _ => {
                    let value = next(9) as u32;
                    map.insert(key.clone(), value);
                    btree_map.insert(key.clone(), value);
                }
            }
            assert_eq!(map.get(key.as_str()), btree_map.get(key.as_str()));
            assert_eq!(set.contains(key.as_str()), btree_set.contains(key.as_str()));
        }
        assert!(set.iter().eq(btree_set.iter()));
        assert_eq!(set.len(), btree_set.len());
        assert!(map.iter().eq(btree_map.iter()));
        assert_eq!(map.len(), btree_map.len());
    }

    #[test]
    fn the_shared_sort_is_stable_and_orders_as_the_standard_one() {
        let mut pairs: Vec<(i32, usize)> = (0..300).map(|i| ((i * 7919 % 31) as i32, i)).collect();
        let mut expected = pairs.clone();
        expected.sort_by_key(|(key, _)| *key);
        sort_by_key(&mut pairs, |(key, _)| *key);
        assert_eq!(pairs, expected);
        assert_eq!(
            sorted_once(vec![2016, 2014, 2016, 2015, 2014]),
            [2014, 2015, 2016]
        );
        assert!(order(0, &|_, _| Ordering::Equal).is_empty());
    }

    /// Stored kiosk counts were written from a `BTreeMap`: they read back unchanged.
    #[test]
    fn postcard_writes_a_sorted_map_as_it_wrote_the_btree_map() {
        let btree: BTreeMap<String, u32> = [("b".to_string(), 2), ("a".to_string(), 1)]
            .into_iter()
            .collect();
        let mut sorted = SortedMap::new();
        sorted.insert("b".to_string(), 2u32);
        sorted.insert("a".to_string(), 1);
        let written = postcard::to_allocvec(&btree).expect("encodes");
        assert_eq!(postcard::to_allocvec(&sorted).expect("encodes"), written);
        let read: SortedMap<String, u32> = postcard::from_bytes(&written).expect("decodes");
        assert_eq!(read, sorted);
    }
}
