-- P01 (contract 3b): the pupils n(t, w, s, a) the participation rates count, per schooljaar t,
-- sector s in VVE, PO, VO, wijk w and age a on P(t): persons whose first enrolment row of s in t
-- (file, then line order, as I01's sector breakdown) has its postcode in w (leerlingen of
-- int_leerlingen_per_sector). The row's school (brin, vestiging) is kept for the school-wijk
-- spread of the last base year.
with final as (
    select schooljaar, sector, wijk_code, leeftijd, brin, vestiging, leerlingen
    from {{ ref('int_leerlingen_per_sector') }}
    where sector in ('VVE', 'PO', 'VO')
)

select * from final
