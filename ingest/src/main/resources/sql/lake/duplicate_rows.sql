-- The duplicates of one dataset's staged rows, across all its files: the rows (bestand,
-- regelnummer) that repeat an earlier row's key. The contract's key for the dataset replaces
-- {duplicate_key} ({key_match} compares it null-safely between s and r); the first row in file
-- (byte order) and line order is kept, later rows are duplicates and keep nothing of their own.
-- Duplicates are rare: one hash aggregate finds the repeated keys, and only their rows are
-- ranked, instead of sorting every row of the dataset. The result is small; mark_duplicates.sql
-- joins it to every row, so no engine has to hold a copy of the whole dataset.
with repeated_keys as (
    select {duplicate_key}
    from staged_rows
    group by {duplicate_key}
    having count(*) > 1
),

repeated_rows as (
    select
        s.bestand,
        s.regelnummer,
        row_number() over (
            partition by {s_duplicate_key}
            order by s.bestand, s.regelnummer
        ) > 1 as is_duplicaat
    from staged_rows as s
    inner join repeated_keys as r on {key_match}
),

final as (
    select bestand, regelnummer
    from repeated_rows
    where is_duplicaat
)

select * from final
