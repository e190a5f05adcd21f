META
key;value
description;"Decimal amounts; a BOM, CRLF and quotes"
country;Netherlands
unit;Testdorp
instance;decimals
num_projects;3
num_votes;4
budget;12,5
vote_type;approval
rule;greedy
date_begin;2025-01-01
date_end;2025-01-31
currency;EUR
PROJECTS
project_id;cost;name
p1;2,25;"Bankjes; ""groen"" en grijs"
p2;10.25;Speeltuin
p3;0.5;none
VOTES
voter_id;vote;neighbourhood
d1;p1,p2;"Noord; oost"
d2;p1,p2;Zuid
d3;p1;none
d4;p3;West
