-- I04: new early school leavers of t aged 12-22 over the persons of t enrolled in VO or MBO
-- aged 12-22. The teller's wijk is the vsv row's; the noemer's is the person's first VO/MBO row
-- of t (per sector: first row of that sector). vsv persons need not be in the noemer. Covered
-- are only schooljaren with a vsv row (the catalogue's rule, applied by the engine): an empty
-- vsv file gives no rows, not 0 %.
with vsv as (
    select schooljaar, persoon, sector, wijk_code
    from {{ ref('stg_vsv') }}
    where wijk_code is not null
        and leeftijd_op(geboortedatum, peildatum(schooljaar)) between 12 and 22
),

ingeschreven as (
    -- The VO and MBO rows of persons aged 12-22, each with its place in file (byte order), then
    -- line order as one bigint (int_eerste_inschrijving).
    select i.schooljaar, i.persoon, i.sector, i.wijk_code,
        b.bestand_nr * 4294967296 + i.regelnummer as rij_volgorde
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    where i.sector in ('VO', 'MBO')
        and leeftijd_op(i.geboortedatum, peildatum(i.schooljaar)) between 12 and 22
),

eerste as (
    -- Per person and t in one pass: the first of these rows, and the first VO and the first MBO
    -- row (eerste_waarde skips a row whose volgorde is null: a row of the other sector); null
    -- where the person has no such row.
    select
        schooljaar,
        eerste_waarde(wijk_code, rij_volgorde) as wijk_totaal,
        eerste_waarde(wijk_code, case when sector = 'VO' then rij_volgorde end) as wijk_vo,
        eerste_waarde(wijk_code, case when sector = 'MBO' then rij_volgorde end) as wijk_mbo
    from ingeschreven
    group by schooljaar, persoon
),

noemer_totaal as (
    select schooljaar, wijk_totaal as wijk_code, cast(null as string) as categorie, count(*) as noemer
    from eerste
    where wijk_totaal is not null
    group by schooljaar, wijk_totaal
),

noemer_sector as (
    select schooljaar, wijk_vo as wijk_code, 'VO' as categorie, count(*) as noemer
    from eerste
    where wijk_vo is not null
    group by schooljaar, wijk_vo
    union all
    select schooljaar, wijk_mbo as wijk_code, 'MBO' as categorie, count(*) as noemer
    from eerste
    where wijk_mbo is not null
    group by schooljaar, wijk_mbo
),

teller_totaal as (
    select schooljaar, wijk_code, cast(null as string) as categorie, count(*) as teller
    from vsv
    group by all
),

teller_sector as (
    select schooljaar, wijk_code, sector as categorie, count(*) as teller
    from vsv
    group by all
),

gebieden as (
    select schooljaar, wijk_code from noemer_totaal
    union
    select schooljaar, wijk_code from teller_totaal
),

cellen as (
    select g.schooljaar, g.wijk_code, c.categorie
    from gebieden as g
    cross join (values (cast(null as string)), ('VO'), ('MBO')) as c(categorie)
),

final as (
    select
        c.schooljaar,
        c.wijk_code,
        case when c.categorie is null then 'totaal' else 'sector' end as uitsplitsing,
        c.categorie,
        coalesce(tt.teller, ts.teller, 0) as teller,
        coalesce(nt.noemer, ns.noemer, 0) as noemer
    from cellen as c
    left join teller_totaal as tt
        on c.categorie is null and tt.schooljaar = c.schooljaar and tt.wijk_code = c.wijk_code
    left join teller_sector as ts
        on ts.schooljaar = c.schooljaar and ts.wijk_code = c.wijk_code and ts.categorie = c.categorie
    left join noemer_totaal as nt
        on c.categorie is null and nt.schooljaar = c.schooljaar and nt.wijk_code = c.wijk_code
    left join noemer_sector as ns
        on ns.schooljaar = c.schooljaar and ns.wijk_code = c.wijk_code and ns.categorie = c.categorie
)

select * from final
