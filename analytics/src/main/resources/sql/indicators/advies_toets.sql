-- The cross-table of schooladvies against toetsadvies for the gemeente, per schooljaar: I12's
-- cohort (resident groep-8 pupils with a toetsadvies, in every wijk) counted per pair of advices.
-- For the report only, not in indicatoren.csv; small-number protection in CrossTableProtection.
with final as (
    select
        schooljaar,
        schooladvies,
        schooladvies_rang,
        toetsadvies,
        toetsadvies_rang,
        count(*) as aantal
    from {{ ref('int_schooladvies_cohort') }}
    where toetsadvies_rang is not null
    group by all
)

select * from final
