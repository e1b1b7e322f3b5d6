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

final as (
    select
        schooljaar,
        persoon,
        eerste_waarde(wijk_code, rij_volgorde) as wijk_code,
        max(case when sector = 'PO' then 1 else 0 end) as po,
        max(case when sector = 'SO' then 1 else 0 end) as so,
        max(case when sector = 'VO' then 1 else 0 end) as vo,
        max(case when sector = 'VSO' then 1 else 0 end) as vso,
        max(case when sector = 'MBO' then 1 else 0 end) as mbo,
        max(case when sector = 'HBO' then 1 else 0 end) as hbo
    from rijen
    group by schooljaar, persoon
)

select * from final
