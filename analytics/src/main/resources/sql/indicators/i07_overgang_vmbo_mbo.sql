-- I07: VMBO leerjaar 4 students with a diploma in t and where they are in t+1: mbo, else vo, else niet_gevonden.
-- Only for schooljaren t whose t+1 has enrolment rows; the cohort's wijk is its record in t,
-- the outcome looks at all the person's rows of t+1, wherever they live then.
with cohort_rows as (
    select
        *,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from stg_inschrijvingen
    where sector = 'VO' and onderwijstype like 'VMBO-%' and leerjaar = 4 and diploma
),

cohort as (
    select schooljaar, persoon, wijk_code
    from cohort_rows
    where volgorde = 1 and wijk_code is not null
),

final as (
    select
        c.schooljaar,
        c.wijk_code,
        case
            when v.mbo = 1 then 'mbo'
            when v.vo = 1 then 'vo'
            else 'niet_gevonden'
        end as uitkomst
    from cohort as c
    inner join int_schooljaren_met_vervolg using (schooljaar)
    left join int_sectoren_volgend_jaar as v using (schooljaar, persoon)
)

select * from final
