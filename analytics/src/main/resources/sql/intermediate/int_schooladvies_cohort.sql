-- The groep-8 pupils of I12-I14: each person's schooladviezen row of t (one per person and
-- schooljaar: the lake drops later rows with the same key as duplicates), placed in the wijk of
-- the student's record in t (any sector, int_eerste_inschrijving). A pupil without an enrolment
-- row of t, or whose record's postcode maps to no wijk, counts nowhere.
with final as (
    select
        a.schooljaar,
        a.persoon,
        r.wijk_code,
        a.schooladvies,
        a.schooladvies_rang,
        a.schooladvies_laag,
        a.schooladvies_hoog,
        a.toetsadvies,
        a.toetsadvies_rang,
        a.definitief_advies_rang,
        a.definitief_advies_laag,
        a.definitief_advies_hoog
    from {{ ref('stg_schooladviezen') }} as a
    inner join {{ ref('int_eerste_inschrijving') }} as r using (schooljaar, persoon)
    where r.wijk_code is not null
)

select * from final
