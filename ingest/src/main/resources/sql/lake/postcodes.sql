-- Postcode (PC6 or PC4) to wijk.
-- Marks duplicates on the contract's key postcode: the first row in file
-- (byte order) and line order is kept, later rows are duplicates and keep nothing of their own.
with staged as (
    select * from staged_rows
),

ranked as (
    select
        *,
        row_number() over (
            partition by postcode
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
