#!/usr/bin/env bash
# The cluster claims of README ("Production"), with figures: `bin/tori cluster` on its own ports
# (portals 18280/18281, Elasticsearch 9280/9281, Hazelcast 6960/6961, SMTP 2725 of the proof itself,
# database tori_bench), then 10,000 mails and 10,000 index updates drained by both instances, again
# with one instance killed mid-drain while a logged-in member with an open form moves to the other,
# and one Elasticsearch node stopped. Takes 5 to 10 minutes on 2 cores. N=1000 for a quicker look.
set -euo pipefail
cd "$(dirname "$0")/.."
bin/tori help >/dev/null
[ -f target/tori.war ] && [ -d target/test-classes/org/tori/testing ] || mvn -q -B -DskipTests -Dtori.it.skip=true test-compile package
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cluster-proof.classpath >/dev/null
exec java -Dn="${N:-10000}" -cp "target/test-classes:$(cat target/cluster-proof.classpath)" bench/ClusterProof.java
