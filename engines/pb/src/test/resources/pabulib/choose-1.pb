META
key;value
description;Choose-1 ballots with voter metadata and an empty ballot
country;Poland
unit;Testowo
instance;choose-1
num_projects;3
num_votes;5
budget;100
vote_type;choose-1
rule;greedy-no-skip
date_begin;2025-01-01
date_end;2025-01-31
min_length;1
max_length;1
PROJECTS
project_id;cost;name;category
P-1;60;Plac zabaw;children,sport
P-2;50;Ławki;none
P-3;30;Drzewa;environment
VOTES
voter_id;vote;age;sex;district
1;P-1;34;F;Północ
2;P-2;none;M;
3;P-2;51;none;Południe
4;P-3;19;F;Północ
5;;40;M;Północ
