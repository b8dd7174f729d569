import autocannon from 'autocannon';
import fs from 'node:fs';
const [base, kind, seconds] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 5)];
const ids = fs.readFileSync('/tmp/benchdev/ids.txt', 'utf8').trim().split('\n');
const paths = kind === 'service' ? ids.map((id) => `/angebote/${id}`) : kind === 'api1' ? ids.map((id) => `/api/hsds/services/${id}`) : ['/api/hsds/services?search=Kinder&per_page=20'];
let i = 0;
const r = await autocannon({ url: base, connections: 16, duration: seconds, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }] });
console.log(kind, Math.round(r.requests.average), 'req/s; p50', r.latency.p50, 'p99', r.latency.p99, 'non2xx', r.non2xx);
