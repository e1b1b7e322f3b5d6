-- I14: the groep-8 pupils of t and where they stand in VO leerjaar 3 in t+3 against their advice
-- (the definitief_advies, else the schooladvies): the onderwijstype of their first VO row of t+3
-- with leerjaar 3 (file, then line order), wherever they live then, ranked as an advice level
-- (PRO 1 .. VWO 6). Above the advice's upper level is boven_advies, below its lower level
-- onder_advies, else binnen_advies; no such row, or a first such row without onderwijstype, is
-- niet_gevonden. Covered are only t with VO rows of t+3 (the catalogue's rule).
with vo3_rijen as (
    select
        schooljaar_plus(schooljaar, -3) as schooljaar,
        persoon,
        case onderwijstype
            when 'PRO' then 1
            when 'VMBO-B' then 2
            when 'VMBO-K' then 3
            when 'VMBO-GT' then 4
            when 'HAVO' then 5
            when 'VWO' then 6
        end as niveau,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'VO' and leerjaar = 3
),

vo3 as (
    select schooljaar, persoon, niveau from vo3_rijen where volgorde = 1
),

uitkomsten as (
    select
        c.schooljaar,
        c.wijk_code,
        case
            when v.niveau is null then 'niet_gevonden'
            when v.niveau > coalesce(c.definitief_advies_hoog, c.schooladvies_hoog) then 'boven_advies'
            when v.niveau < coalesce(c.definitief_advies_laag, c.schooladvies_laag) then 'onder_advies'
            else 'binnen_advies'
        end as uitkomst
    from {{ ref('int_schooladvies_cohort') }} as c
    left join vo3 as v using (schooljaar, persoon)
),

{uitkomst_cellen}

select * from final
