-- Learning delay measurements.
-- Marks duplicates on the contract's key persoon, schooljaar, meetmoment, domein: the first row in file
-- (byte order) and line order is kept, later rows are duplicates and keep nothing of their own.
with staged as (
    select * from staged_rows
),

ranked as (
    select
        *,
        row_number() over (
            partition by persoon, schooljaar, meetmoment, domein
            order by bestand, regelnummer
        ) > 1 as is_duplicaat
    from staged
),

final as (
    select
        *,
        false as buiten_gemeente
    from ranked
)

select * from final
