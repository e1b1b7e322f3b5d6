-- The duplicates of one dataset's staged rows, across all its files: the rows (bestand,
-- regelnummer) that repeat an earlier row's key. The contract's key for the dataset replaces
-- {duplicate_key} (prefixed with s. in {s_duplicate_key}); the first row in file (byte order) and
-- line order is kept, later rows are duplicates and keep nothing of their own.
-- Duplicates are rare: one hash aggregate finds the repeated keys, and only their rows are
-- ranked, instead of sorting every row of the dataset. The aggregate groups the key's hash, one
-- number, instead of the key itself (a 64-character pseudonym and more): nearly every key is
-- unique, so the aggregate holds a group per row, and numbers make it several times smaller and
-- cheaper. Equal keys (nulls included) have equal hashes, so repeated_keys holds every repeated
-- key's hash, and perhaps a few of keys that only share a hash; the ranking partitions by the key
-- itself, so such a row is first in its own partition and no duplicate. The result is small;
-- mark_duplicates.sql joins it to every row, so no engine has to hold a copy of the whole dataset.
-- zonder_wijk says whether a duplicate has no wijk (the condition mark_duplicates.sql places rows
-- outside the gemeente by: "s.wijk_code is null", or "false"), so that the rows outside the gemeente per file are the rows
-- without a wijk less these, without reading every row again.
with repeated_keys as (
    select hash({duplicate_key}) as key_hash
    from staged_rows
    group by hash({duplicate_key})
    having count(*) > 1
),

repeated_rows as (
    select
        s.bestand,
        s.regelnummer,
        ({outside_gemeente}) as zonder_wijk,
        row_number() over (
            partition by {s_duplicate_key}
            order by s.bestand, s.regelnummer
        ) > 1 as is_duplicaat
    from staged_rows as s
    inner join repeated_keys as r on hash({s_duplicate_key}) = r.key_hash
),

final as (
    select bestand, regelnummer, zonder_wijk
    from repeated_rows
    where is_duplicaat
)

select * from final
