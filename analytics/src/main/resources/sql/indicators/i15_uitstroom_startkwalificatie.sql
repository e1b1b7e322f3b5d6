-- I15: students who leave education after t: persons with an enrolment row of t in VO, VSO, MBO
-- or HBO on which they are aged 12-22 (the first such row, file then line order, is their record
-- and gives the wijk) and no enrolment row of t+1 in any sector, wherever. Outcome
-- met_startkwalificatie if any of their rows of t or earlier has diploma true in VO HAVO or VWO,
-- in MBO 2, 3 or 4, or in HBO (a diploma of years before still counts; MBO 1 does not); else
-- zonder_startkwalificatie. Covered are only t with enrolment rows of t+1 (the catalogue's rule).
with records as (
    -- Each person's first row (file in byte order, then line, as one bigint: see
    -- int_eerste_inschrijving) among those that put them in the cohort.
    select
        i.schooljaar,
        i.persoon,
        eerste_waarde(i.wijk_code, b.bestand_nr * 4294967296 + i.regelnummer) as wijk_code
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    where i.sector in ('VO', 'VSO', 'MBO', 'HBO')
        and leeftijd_op(i.geboortedatum, peildatum(i.schooljaar)) between 12 and 22
    group by i.schooljaar, i.persoon
),

verlaters as (
    select r.schooljaar, r.persoon, r.wijk_code
    from records as r
    -- The persons with any enrolment row of t+1 (int_eerste_inschrijving, shared with I06-I08).
    left join {{ ref('int_eerste_inschrijving') }} as v
        on v.schooljaar = schooljaar_plus(r.schooljaar, 1) and v.persoon = r.persoon
    where r.wijk_code is not null and v.persoon is null
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
