//! The hybrid logical clock: wall-clock milliseconds, a counter for events within one
//! millisecond, and the device id that breaks ties, so every stamp is unique and ordered.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// How far ahead of the hub's own clock a stamp may be before the hub replaces it with its
/// own time: a device whose clock runs fast must not win every later edit.
pub const MAX_CLOCK_AHEAD_MS: u64 = 60_000;

/// One hybrid-logical-clock stamp. Ordered by wall time, then counter, then device id.
///
/// Written as fixed-width hex (`0193a1b2c3d4-0000-<uuid>`), so its text sorts like the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch, as the writer's clock (or a later stamp) said.
    pub wall_ms: u64,
    /// Events within the same millisecond.
    pub counter: u32,
    /// The device that wrote it: the tie-break.
    pub node: Uuid,
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:012x}-{:04x}-{}",
            self.wall_ms,
            self.counter,
            self.node.simple()
        )
    }
}

impl FromStr for Hlc {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not a clock stamp (expected wall-counter-node in hex)");
        let mut parts = s.splitn(3, '-');
        let (Some(wall), Some(counter), Some(node)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        Ok(Hlc {
            wall_ms: u64::from_str_radix(wall, 16).map_err(|_| bad())?,
            counter: u32::from_str_radix(counter, 16).map_err(|_| bad())?,
            node: Uuid::parse_str(node).map_err(|_| bad())?,
        })
    }
}

impl Serialize for Hlc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Hlc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A clock that hands out ever-increasing stamps for one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HlcClock {
    last_wall: u64,
    last_counter: u32,
    node: Uuid,
}

impl HlcClock {
    /// A clock for `node` that has seen nothing yet.
    pub fn new(node: Uuid) -> HlcClock {
        HlcClock {
            last_wall: 0,
            last_counter: 0,
            node,
        }
    }

    /// Resumes from the last stamp this node handed out (kept in its database).
    pub fn resume(node: Uuid, last: Option<Hlc>) -> HlcClock {
        let mut clock = HlcClock::new(node);
        if let Some(last) = last {
            clock.last_wall = last.wall_ms;
            clock.last_counter = last.counter;
        }
        clock
    }

    /// A new stamp, later than every stamp this clock handed out or observed.
    ///
    /// Never overflows: once the counter is full, the stamp moves on to the next millisecond
    /// (counter 0), which is still later than everything before it. A stamp at the counter's
    /// limit is therefore not refused anywhere: a device's unacknowledged batch is resent
    /// unchanged, so refusing a stamp it already wrote would stop that device syncing for
    /// good, while carrying costs one millisecond of drift. Only at the very end of `u64`
    /// milliseconds (hundreds of millions of years) does the clock stand still.
    pub fn tick(&mut self, now_ms: u64) -> Hlc {
        if now_ms > self.last_wall {
            self.last_wall = now_ms;
            self.last_counter = 0;
        } else if let Some(next) = self.last_counter.checked_add(1) {
            self.last_counter = next;
        } else if let Some(next_wall) = self.last_wall.checked_add(1) {
            self.last_wall = next_wall;
            self.last_counter = 0;
        }
        self.last()
    }

    /// Takes note of a stamp from elsewhere, so the next tick is later than it.
    pub fn observe(&mut self, seen: Hlc) {
        if (seen.wall_ms, seen.counter) > (self.last_wall, self.last_counter) {
            self.last_wall = seen.wall_ms;
            self.last_counter = seen.counter;
        }
    }

    /// The last stamp handed out (or observed), as this node's.
    pub fn last(&self) -> Hlc {
        Hlc {
            wall_ms: self.last_wall,
            counter: self.last_counter,
            node: self.node,
        }
    }
}

/// Milliseconds since the Unix epoch, by this machine's clock.
pub fn wall_clock_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_order_as_their_text_does() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let stamps = [
            Hlc {
                wall_ms: 5,
                counter: 0,
                node: b,
            },
            Hlc {
                wall_ms: 5,
                counter: 1,
                node: a,
            },
            Hlc {
                wall_ms: 5,
                counter: 1,
                node: b,
            },
            Hlc {
                wall_ms: 1 << 40,
                counter: 0,
                node: a,
            },
        ];
        for pair in stamps.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(pair[0].to_string() < pair[1].to_string());
            assert_eq!(pair[0].to_string().parse::<Hlc>().unwrap(), pair[0]);
        }
    }

    #[test]
    fn a_clock_stamp_at_the_counter_limit_moves_on_to_the_next_millisecond() {
        let mut clock = HlcClock::new(Uuid::from_u128(7));
        let full = Hlc {
            wall_ms: 5_000,
            counter: u32::MAX,
            node: Uuid::from_u128(9),
        };
        clock.observe(full);
        let next = clock.tick(1_000);
        assert!(next > full);
        assert_eq!((next.wall_ms, next.counter), (5_001, 0));
        assert!(clock.tick(1_000) > next);
        let mut end = HlcClock::resume(
            Uuid::from_u128(7),
            Some(Hlc {
                wall_ms: u64::MAX,
                counter: u32::MAX,
                node: Uuid::from_u128(7),
            }),
        );
        assert_eq!(end.tick(0).wall_ms, u64::MAX);
    }

    #[test]
    fn a_clock_never_goes_back_even_when_the_wall_clock_does() {
        let mut clock = HlcClock::new(Uuid::from_u128(7));
        let first = clock.tick(1_000);
        let second = clock.tick(900);
        assert!(second > first);
        clock.observe(Hlc {
            wall_ms: 5_000,
            counter: 3,
            node: Uuid::from_u128(9),
        });
        assert!(
            clock.tick(1_000)
                > Hlc {
                    wall_ms: 5_000,
                    counter: 3,
                    node: Uuid::max()
                }
        );
    }
}
