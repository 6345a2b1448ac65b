//! The table co-occurrence edges accumulate in: entity pairs (a `u64`) to their record, in one
//! array of slots with the key beside the value, found by linear probing.
//!
//! A large corpus has hundreds of thousands of distinct pairs, far more than the caches hold,
//! and every pair instance of a document updates one. A general hash map touches two cache
//! places per lookup (its control bytes, then the entry); here the slot holding the key also
//! holds the record, so a lookup touches one place, and [`PairTable::prefetch`] lets the caller
//! start the misses of a whole document's pairs before updating any of them, so that they
//! overlap instead of queueing one after another (callgrind cannot see this; measured with the
//! accumulation alone on the 100 MB benchmark corpus: 0.58 s → 0.35 s).

/// Keys are spread over the slots by a multiplicative hash of the key (pairs of small entity
/// indices would otherwise crowd the first slots).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

/// An open-addressing map from `u64` keys to `V`.
#[derive(Debug, Clone)]
pub struct PairTable<V> {
    /// A power of two in length, at most three quarters full.
    slots: Vec<Option<(u64, V)>>,
    len: usize,
    /// `64 - log2(slots.len())`: the hash's top bits pick the slot.
    shift: u32,
}

impl<V> Default for PairTable<V> {
    fn default() -> Self {
        PairTable::with_slots(16)
    }
}

impl<V> PairTable<V> {
    fn with_slots(slots: usize) -> PairTable<V> {
        PairTable {
            slots: std::iter::repeat_with(|| None).take(slots).collect(),
            len: 0,
            shift: 64 - slots.trailing_zeros(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(SPREAD) >> self.shift) as usize
    }

    /// Where `key` is, or the empty slot where it would go.
    fn position(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match &self.slots[i] {
                Some((k, _)) if *k != key => i = (i + 1) & mask,
                _ => return i,
            }
        }
    }

    /// Asks the cache for the slot of `key` ahead of [`PairTable::get_or_insert_with`], so that
    /// the misses of many keys overlap. Only a hint: nothing is read.
    pub fn prefetch(&self, key: u64) {
        crate::prefetch(&self.slots[self.home(key)]);
    }

    pub fn get_mut(&mut self, key: u64) -> Option<&mut V> {
        let i = self.position(key);
        self.slots[i].as_mut().map(|(_, v)| v)
    }

    /// The value of `key`, made by `make` if absent; and whether it was.
    pub fn get_or_insert_with(&mut self, key: u64, make: impl FnOnce() -> V) -> (&mut V, bool) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let i = self.position(key);
        let inserted = self.slots[i].is_none();
        if inserted {
            self.slots[i] = Some((key, make()));
            self.len += 1;
        }
        match &mut self.slots[i] {
            Some((_, v)) => (v, inserted),
            None => unreachable!("the slot was just filled"),
        }
    }

    fn grow(&mut self) {
        self.rehash(self.slots.len() * 2);
    }

    /// Makes room for `additional` more keys at once, so that inserting them grows the table at
    /// most this one time.
    pub fn reserve(&mut self, additional: usize) {
        let mut slots = self.slots.len();
        while (self.len + additional) * 4 > slots * 3 {
            slots *= 2;
        }
        if slots > self.slots.len() {
            self.rehash(slots);
        }
    }

    /// Grows the table to `slots` (a larger power of two) in its own memory. Moving the entries
    /// into a new array would hold the old and the new at once, three times the old size at the
    /// peak: for a large table that transient was the peak memory of a whole run (two workers
    /// growing theirs near the same time, on the 1 GB benchmark corpus). The array is extended
    /// instead (for a large allocation the allocator remaps its pages, copying none) and every
    /// entry is put in its place for the new size where it lies.
    ///
    /// Entries not yet placed are marked pending. Each is moved to the first slot of its probe
    /// sequence that is empty or pending (swapping with a pending one, which is then placed in
    /// turn), so the slots a placed entry's lookup passes over are all placed entries, which
    /// never move again: emptying a pending slot breaks no lookup's chain.
    fn rehash(&mut self, slots: usize) {
        debug_assert!(slots.is_power_of_two() && slots >= self.slots.len());
        let mut pending: Vec<bool> = self.slots.iter().map(Option::is_some).collect();
        pending.resize(slots, false);
        self.slots.resize_with(slots, || None);
        self.shift = 64 - slots.trailing_zeros();
        let mask = slots - 1;
        for i in 0..slots {
            while pending[i] {
                let Some((key, _)) = self.slots[i] else { break };
                let mut j = self.home(key);
                while j != i && self.slots[j].is_some() && !pending[j] {
                    j = (j + 1) & mask;
                }
                if j == i {
                    pending[i] = false;
                } else if pending[j] {
                    // `j` takes this entry; its own pending one comes to `i`, to be placed next.
                    self.slots.swap(i, j);
                    pending[j] = false;
                } else {
                    self.slots[j] = self.slots[i].take();
                    pending[i] = false;
                }
            }
        }
    }

    pub fn contains(&self, key: u64) -> bool {
        self.slots[self.position(key)].is_some()
    }

    /// The entries in key order, in the table's own memory: the slots are compacted in place
    /// (an entry is no bigger than its slot when `V` leaves `Option` a niche) and what is left
    /// over is handed back, so turning a large table into a sorted run never needs both at once.
    #[allow(clippy::filter_map_identity)] // `flatten` would collect into a new allocation
    pub fn into_sorted_vec(self) -> Vec<(u64, V)> {
        let mut entries: Vec<(u64, V)> = self.slots.into_iter().filter_map(|slot| slot).collect();
        entries.sort_unstable_by_key(|&(k, _)| k);
        entries.shrink_to_fit();
        entries
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &V)> {
        self.slots.iter().flatten().map(|(k, v)| (*k, v))
    }
}

impl<V> IntoIterator for PairTable<V> {
    type Item = (u64, V);
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Option<(u64, V)>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.slots.into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::PairTable;
    use proptest::prelude::*;
    use std::collections::HashMap;

    proptest! {
        /// Any sequence of insertions and updates leaves the table equal to a `HashMap` fed the
        /// same operations (keys drawn from a small range, so that they repeat and collide).
        #[test]
        fn behaves_as_a_map(ops in proptest::collection::vec((0u64..400, 1u32..5), 0..2000)) {
            let mut table: PairTable<u32> = PairTable::default();
            let mut reference: HashMap<u64, u32> = HashMap::new();
            for (key, add) in ops {
                // Spread some keys into the high half, as entity pairs are.
                let key = if key % 3 == 0 { key << 32 | key } else { key };
                table.prefetch(key);
                let (value, inserted) = table.get_or_insert_with(key, || 0);
                *value += add;
                let before = reference.insert(key, 0);
                prop_assert_eq!(inserted, before.is_none());
                *reference.get_mut(&key).unwrap() = before.unwrap_or(0) + add;
            }
            prop_assert_eq!(table.len(), reference.len());
            let mut entries: Vec<(u64, u32)> = table.iter().map(|(k, v)| (k, *v)).collect();
            entries.sort_unstable();
            let mut expected: Vec<(u64, u32)> = reference.into_iter().collect();
            expected.sort_unstable();
            prop_assert_eq!(&entries, &expected);
            for (key, value) in &expected {
                prop_assert_eq!(table.get_mut(*key).copied(), Some(*value));
            }
            prop_assert_eq!(table.get_mut(u64::MAX), None);
            for (key, _) in &expected {
                prop_assert!(table.contains(*key));
            }
            prop_assert!(!table.contains(u64::MAX));
            let owned: Vec<(u64, u32)> = table.clone().into_iter().collect();
            prop_assert_eq!(owned.len(), expected.len());
            prop_assert_eq!(table.into_sorted_vec(), expected);
        }
    }

    /// Room made ahead keeps every entry, and the keys it was made for fit without growing.
    #[test]
    fn reserve_grows_once_and_keeps_the_entries() {
        let mut table: PairTable<u64> = PairTable::default();
        for key in 0..100u64 {
            *table.get_or_insert_with(key << 32 | key, || 0).0 = key;
        }
        table.reserve(1000);
        let slots = table.slots.len();
        assert!((table.len() + 1000) * 4 <= slots * 3);
        for key in 100..1100u64 {
            let (value, inserted) = table.get_or_insert_with(key << 32 | key, || key);
            assert!(inserted && *value == key);
        }
        assert_eq!(table.slots.len(), slots, "no growth after reserve");
        assert_eq!(table.len(), 1100);
        for key in 0..1100u64 {
            assert_eq!(table.get_mut(key << 32 | key).copied(), Some(key));
        }
        table.reserve(0);
        assert_eq!(table.slots.len(), slots, "reserving nothing changes nothing");
    }
}
