-- Marks every staged row of one dataset: a duplicate when duplicate_rows (duplicate_rows.sql)
-- names it; outside the gemeente when it is no duplicate and {outside_gemeente} holds
-- ("s.wijk_code is null" for datasets located by postcode, else "false").
with final as (
    select
        s.*,
        d.regelnummer is not null as is_duplicaat,
        d.regelnummer is null and ({outside_gemeente}) as buiten_gemeente
    from staged_rows as s
    left join duplicate_rows as d on d.bestand = s.bestand and d.regelnummer = s.regelnummer
)

select * from final
