-- Marks the duplicates of one dataset's staged rows, across all its files. The contract's key
-- for the dataset replaces {duplicate_key}; the first row in file (byte order) and line order
-- is kept, later rows are duplicates and keep nothing of their own. {outside_gemeente} is
-- "wijk_code is null" for datasets located by postcode, else "false".
with staged as (
    select * from staged_rows
),

ranked as (
    select
        *,
        row_number() over (
            partition by {duplicate_key}
            order by bestand, regelnummer
        ) > 1 as is_duplicaat
    from staged
),

final as (
    select
        *,
        not is_duplicaat and ({outside_gemeente}) as buiten_gemeente
    from ranked
)

select * from final
