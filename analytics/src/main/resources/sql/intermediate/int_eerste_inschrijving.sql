-- A student's record in schooljaar t (contract section 2): the first of the person's accepted
-- enrolment rows of t, in file (byte order) and line order. Its postcode's wijk may be null.
-- "First" is an aggregate over one number per row (the file's place in byte order, then the line)
-- rather than a row_number() window: nationally there are millions of groups of one or two rows.
-- With it, in which sectors the person has rows of t (1 or 0): a transition cohort of t-1 (I06-
-- I08) and I15 find here where its persons are in t, wherever they live then. One pass over the
-- enrolments for both.
with rijen as (
    -- A line number stays below 2^32, so file and line order are one bigint.
    select i.schooljaar, i.persoon, i.wijk_code, i.sector,
        b.bestand_nr * 4294967296 + i.regelnummer as rij_volgorde
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
),

per_persoon as (
    -- The sectors as bits of one number (one aggregate rather than six maxima, a sixth of the
    -- model's time nationally).
    select
        schooljaar,
        persoon,
        eerste_waarde(wijk_code, rij_volgorde) as wijk_code,
        bit_or(case sector
            when 'PO' then 1 when 'SO' then 2 when 'VO' then 4
            when 'VSO' then 8 when 'MBO' then 16 when 'HBO' then 32
            else 0 end) as sectoren
    from rijen
    group by schooljaar, persoon
),

final as (
    select
        schooljaar,
        persoon,
        wijk_code,
        case when (sectoren & 1) = 0 then 0 else 1 end as po,
        case when (sectoren & 2) = 0 then 0 else 1 end as so,
        case when (sectoren & 4) = 0 then 0 else 1 end as vo,
        case when (sectoren & 8) = 0 then 0 else 1 end as vso,
        case when (sectoren & 16) = 0 then 0 else 1 end as mbo,
        case when (sectoren & 32) = 0 then 0 else 1 end as hbo
    from per_persoon
)

select * from final
