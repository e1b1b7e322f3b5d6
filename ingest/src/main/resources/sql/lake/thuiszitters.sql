-- Leerplicht cases.
-- Marks duplicates on the contract's key persoon, categorie, startdatum: the first row in file
-- (byte order) and line order is kept, later rows are duplicates and keep nothing of their own.
with staged as (
    select * from staged_rows
),

ranked as (
    select
        *,
        row_number() over (
            partition by persoon, categorie, startdatum
            order by bestand, regelnummer
        ) > 1 as is_duplicaat
    from staged
),

final as (
    select
        *,
        not is_duplicaat and wijk_code is null as buiten_gemeente
    from ranked
)

select * from final
