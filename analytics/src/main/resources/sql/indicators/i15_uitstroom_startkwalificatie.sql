-- I15: students who leave education after t: persons with an enrolment row of t in VO, VSO, MBO
-- or HBO on which they are aged 12-22 (the first such row, file then line order, is their record
-- and gives the wijk) and no enrolment row of t+1 in any sector, wherever. Outcome
-- met_startkwalificatie if any of their rows of t or earlier has diploma true in VO HAVO or VWO,
-- in MBO 2, 3 or 4, or in HBO (a diploma of years before still counts; MBO 1 does not); else
-- zonder_startkwalificatie. Covered are only t with enrolment rows of t+1 (the catalogue's rule).
with record_rijen as (
    select
        schooljaar,
        persoon,
        wijk_code,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
    where sector in ('VO', 'VSO', 'MBO', 'HBO')
        and leeftijd_op(geboortedatum, peildatum(schooljaar)) between 12 and 22
),

volgend_jaar as (
    select distinct schooljaar_plus(schooljaar, -1) as schooljaar, persoon
    from {{ ref('stg_inschrijvingen') }}
),

verlaters as (
    select r.schooljaar, r.persoon, r.wijk_code
    from record_rijen as r
    left join volgend_jaar as v using (schooljaar, persoon)
    where r.volgorde = 1 and r.wijk_code is not null and v.persoon is null
),

eerste_startkwalificatie as (
    -- The first schooljaar in which a person obtained a startkwalificatie diploma.
    select persoon, min(schooljaar) as diplomajaar
    from {{ ref('stg_inschrijvingen') }}
    where diploma
        and ((sector = 'VO' and onderwijstype in ('HAVO', 'VWO'))
            or (sector = 'MBO' and onderwijstype in ('2', '3', '4'))
            or sector = 'HBO')
    group by persoon
),

uitkomsten as (
    -- Schooljaren compare as text: 'YYYY-YYYY' orders as its first year.
    select
        l.schooljaar,
        l.wijk_code,
        case when s.diplomajaar <= l.schooljaar then 'met_startkwalificatie' else 'zonder_startkwalificatie' end as uitkomst
    from verlaters as l
    left join eerste_startkwalificatie as s using (persoon)
),

{uitkomst_cellen}

select * from final
