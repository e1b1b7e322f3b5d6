-- I16: persons aged 16-22 in the RMC register with a row whose peildatum lies in t (the lake's
-- schooljaar of the row), per 1000 of the wijk's population aged 16-22 on 1 October of t's first
-- year, by situatie. A person's situatie, age (on P(t)) and wijk come from their latest row in t:
-- the highest peildatum (the lake keeps one row per person and peildatum). The situaties partition
-- the teller. Wijken without population keep their tellers for the gemeente total, as in I02.
with rijen as (
    select
        schooljaar,
        persoon,
        wijk_code,
        situatie,
        leeftijd_op(geboortedatum, peildatum(schooljaar)) as leeftijd,
        row_number() over (partition by schooljaar, persoon order by peildatum desc) as volgorde
    from {{ ref('stg_rmc') }}
),

jongeren as (
    select schooljaar, wijk_code, situatie
    from rijen
    where volgorde = 1 and wijk_code is not null and leeftijd between 16 and 22
),

schooljaren as (
    select distinct schooljaar from {{ ref('stg_rmc') }}
),

noemers as (
    select j.schooljaar, b.wijk_code, sum(b.aantal) as noemer
    from {{ ref('stg_bevolking') }} as b
    inner join schooljaren as j on b.jaar = cast(left(j.schooljaar, 4) as integer)
    where b.leeftijd between 16 and 22
    group by all
),

tellers as (
    select schooljaar, wijk_code, situatie, count(*) as teller
    from jongeren
    group by all
),

gebieden as (
    select schooljaar, wijk_code from noemers
    union
    select schooljaar, wijk_code from tellers
),

rijsoorten as (
    -- What each cell row counts: the totaal row every situatie, each situatie row its own.
    select 'totaal' as uitsplitsing, cast(null as string) as categorie, s.situatie
    from (values ('WERK'), ('ZORG'), ('TRAJECT'), ('GEEN'), ('ONBEKEND')) as s(situatie)
    union all
    select 'situatie' as uitsplitsing, s.situatie as categorie, s.situatie
    from (values ('WERK'), ('ZORG'), ('TRAJECT'), ('GEEN'), ('ONBEKEND')) as s(situatie)
),

final as (
    select
        g.schooljaar,
        g.wijk_code,
        r.uitsplitsing,
        r.categorie,
        coalesce(sum(t.teller), 0) as teller,
        coalesce(max(n.noemer), 0) as noemer
    from gebieden as g
    cross join rijsoorten as r
    left join noemers as n using (schooljaar, wijk_code)
    left join tellers as t
        on t.schooljaar = g.schooljaar and t.wijk_code = g.wijk_code and t.situatie = r.situatie
    group by g.schooljaar, g.wijk_code, r.uitsplitsing, r.categorie
)

select * from final
