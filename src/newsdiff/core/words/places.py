"""Country and major city names as news writes them, for typing name facts.

A two-word name with no other clue has the shape of a personal name ("Yuri
Ushakov"), and so would "Saudi Arabia" or "Sri Lanka"; a country is named in
nearly every news story, so the short list of them is worth knowing. Lower
case, common short forms included (Britain, Ivory Coast, Czechia, Burma).
"""

from __future__ import annotations

COUNTRIES = frozenset(
    name.strip()
    for name in """
    afghanistan, albania, algeria, andorra, angola, antigua and barbuda, argentina, armenia,
    australia, austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium,
    belize, benin, bhutan, bolivia, bosnia and herzegovina, bosnia, botswana, brazil, brunei,
    bulgaria, burkina faso, burundi, cabo verde, cape verde, cambodia, cameroon, canada,
    central african republic, chad, chile, china, colombia, comoros, congo, costa rica,
    croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti, dominica,
    dominican republic, ecuador, egypt, el salvador, equatorial guinea, eritrea, estonia,
    eswatini, swaziland, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany,
    ghana, greece, grenada, guatemala, guinea, guinea-bissau, guyana, haiti, honduras,
    hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast,
    jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos,
    latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg,
    madagascar, malawi, malaysia, maldives, mali, malta, marshall islands, mauritania,
    mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
    mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand,
    nicaragua, niger, nigeria, north korea, north macedonia, macedonia, norway, oman,
    pakistan, palau, palestine, panama, papua new guinea, paraguay, peru, philippines,
    poland, portugal, qatar, romania, russia, rwanda, saint lucia, samoa, san marino,
    saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
    solomon islands, somalia, south africa, south korea, south sudan, spain, sri lanka,
    sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand,
    timor-leste, east timor, togo, tonga, trinidad and tobago, tunisia, turkey, turkiye,
    turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, britain,
    great britain, england, scotland, wales, northern ireland, united states,
    united states of america, america, uruguay, uzbekistan, vanuatu, vatican, venezuela,
    vietnam, yemen, zambia, zimbabwe, gaza, west bank, crimea
    """.split(",")
)

CITIES = frozenset(
    name.strip()
    for name in """
    abu dhabi, addis ababa, buenos aires, cape town, dar es salaam, hong kong, kuala lumpur,
    las vegas, los angeles, mexico city, new delhi, new orleans, new york, new york city,
    panama city, phnom penh, rio de janeiro, salt lake city, san diego, san francisco,
    san jose, santo domingo, sao paulo, são paulo, st petersburg, st. petersburg,
    saint petersburg, tel aviv, kuwait city, guatemala city, ho chi minh city, quebec city,
    washington dc, east jerusalem, west jerusalem, gaza city,
    el paso, san antonio, kansas city, oklahoma city, long beach, nizhny novgorod,
    port moresby, port louis, port of spain, la paz
    """.split(",")
)
"""Multi-word cities (one-word ones are named alone and typed by their context)."""

REGIONS = frozenset(
    name.strip()
    for name in """
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware,
    florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana,
    maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana,
    nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota,
    ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota,
    tennessee, texas, utah, vermont, washington state, west virginia, wisconsin,
    wyoming, alberta, british columbia, manitoba, new brunswick, newfoundland, nova scotia,
    ontario, prince edward island, quebec, saskatchewan, new south wales, queensland,
    south australia, tasmania, western australia, northern territory, bavaria,
    catalonia, crimea, donbas, donbass, kashmir, punjab, sichuan, tibet, xinjiang, siberia
    """.split(",")
)
"""States and provinces news names as places ("CAPE CANAVERAL (Florida) -"); not
those that are also first names (Victoria, Virginia, Georgia)."""
