-- Marks the duplicates of one dataset's staged rows, across all its files. The contract's key
-- for the dataset replaces {duplicate_key} ({key_match} compares it null-safely between s and
-- r); the first row in file (byte order) and line order is kept, later rows are duplicates and
-- keep nothing of their own. {outside_gemeente} is "s.wijk_code is null" for datasets located by
-- postcode, else "false".
-- Duplicates are rare: one hash aggregate finds the repeated keys, and only their rows are
-- ranked, instead of sorting every row of the dataset. staged_rows is named where it is read, not
-- in a CTE of its own: an engine may copy a CTE read twice (DuckDB did, every row of the dataset).
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
    select
        s.*,
        coalesce(d.is_duplicaat, false) as is_duplicaat,
        not coalesce(d.is_duplicaat, false) and ({outside_gemeente}) as buiten_gemeente
    from staged_rows as s
    left join repeated_rows as d on d.bestand = s.bestand and d.regelnummer = s.regelnummer
)

select * from final
