-- I02 counted by hand for the benchmark's indicator floor: thuiszitters aged 5-17 per 1000 of the
-- wijk's population aged 5-17 (contract section 3), straight from the partner CSV files, with
-- DuckDB. No validation beyond what the rule needs, no pseudonymisation, no intervals, no
-- suppression; the same tellers and noemers as LEA Monitor's I02 on the sample. {map} is the
-- delivery folder, {rapportagedatum} the run's date (yyyy-mm-dd).
with postcodes as (
    select upper(replace(postcode, ' ', '')) as postcode, wijk_code
    from read_csv('{map}/referentie/postcodes.csv', all_varchar = true)
),

bevolking as (
    select cast(jaar as integer) as jaar, wijk_code, cast(leeftijd as integer) as leeftijd,
        cast(aantal as bigint) as aantal
    from read_csv('{map}/referentie/bevolking.csv', all_varchar = true)
),

geleverd as (
    select
        row_number() over () as regel,
        lower(trim(leerling_id)) as persoon,
        coalesce(try_strptime(geboortedatum, '%Y-%m-%d'), try_strptime(geboortedatum, '%d-%m-%Y'))::date as geboren,
        upper(replace(postcode, ' ', '')) as postcode,
        upper(trim(categorie)) as categorie,
        coalesce(try_strptime(startdatum, '%Y-%m-%d'), try_strptime(startdatum, '%d-%m-%Y'))::date as startdatum,
        coalesce(try_strptime(einddatum, '%Y-%m-%d'), try_strptime(einddatum, '%d-%m-%Y'))::date as einddatum
    from read_csv('{map}/thuiszitters_leerplicht.csv', all_varchar = true, normalize_names = true,
        delim = ',', quote = '"', header = true, ignore_errors = true)
),

-- The contract's duplicate key: the first row of a person, categorie and startdatum counts.
cases as (
    select
        persoon, categorie, startdatum,
        arg_min(einddatum, regel) as einddatum,
        arg_min(geboren, regel) as geboren,
        arg_min(postcode, regel) as postcode,
        min(regel) as regel
    from geleverd
    where categorie in ('ABSOLUUT_VERZUIM', 'RELATIEF_VERZUIM') and startdatum is not null
    group by persoon, categorie, startdatum
),

jaren as (
    select distinct jaar, make_date(jaar, 10, 1) as peildatum, make_date(jaar + 1, 9, 30) as laatste_dag
    from bevolking
    where make_date(jaar, 10, 1) <= date '{rapportagedatum}'
),

in_jaar as (
    select j.jaar, j.peildatum, c.*,
        least(coalesce(c.einddatum, date '9999-12-31'), date '{rapportagedatum}', j.laatste_dag) as einde
    from cases as c
    inner join jaren as j
        on c.startdatum <= j.laatste_dag and coalesce(c.einddatum, date '9999-12-31') >= j.peildatum
),

telt as (
    select * from in_jaar
    where startdatum <= einde and (categorie = 'ABSOLUUT_VERZUIM' or einde - startdatum >= 28)
),

-- A person's first qualifying case in t (file order) gives age and wijk; per categorie its own.
eerste as (
    select jaar, persoon, null as categorie, arg_min(geboren, regel) as geboren,
        arg_min(postcode, regel) as postcode, any_value(peildatum) as peildatum
    from telt group by jaar, persoon
    union all
    select jaar, persoon, categorie, arg_min(geboren, regel), arg_min(postcode, regel), any_value(peildatum)
    from telt group by jaar, persoon, categorie
),

geplaatst as (
    select e.jaar, e.categorie, coalesce(p6.wijk_code, p4.wijk_code) as wijk_code
    from eerste as e
    left join postcodes as p6 on p6.postcode = e.postcode
    left join postcodes as p4 on p4.postcode = left(e.postcode, 4)
    where date_sub('year', e.geboren, e.peildatum) between 5 and 17
),

tellers as (
    select jaar, wijk_code, categorie, count(*) as teller
    from geplaatst
    where wijk_code is not null
    group by grouping sets ((jaar, wijk_code, categorie), (jaar, categorie))
),

noemers as (
    select jaar, wijk_code, sum(aantal) as noemer
    from bevolking
    where leeftijd between 5 and 17
    group by grouping sets ((jaar, wijk_code), (jaar))
),

-- Schooljaren with a qualifying-period case of any person (the contract's coverage).
gedekt as (
    select distinct jaar from in_jaar
)

select
    'I02' as indicator,
    n.jaar || '-' || (n.jaar + 1) as schooljaar,
    coalesce(n.wijk_code, 'gemeente') as gebied,
    coalesce(c.categorie, 'totaal') as uitsplitsing,
    coalesce(t.teller, 0) as teller,
    n.noemer
from noemers as n
inner join gedekt using (jaar)
cross join (values (null), ('ABSOLUUT_VERZUIM'), ('RELATIEF_VERZUIM')) as c(categorie)
left join tellers as t
    on t.jaar = n.jaar and t.wijk_code is not distinct from n.wijk_code
    and t.categorie is not distinct from c.categorie
order by 2, 3, 4
