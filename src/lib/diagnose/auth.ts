// Credentials the server kept refusing: a request challenged (401, 407), sent again with
// credentials, and challenged again for the same realm. A challenge with stale=true only asks
// for a fresh nonce (RFC 2617 §3.2.1) and is a normal retry; without it, the username, password
// or realm were wrong, and the client must not send the same credentials again (RFC 3261 §22.1).
import { routes } from '../paths.ts';
import { authParams, headerValues } from '../sip-message.ts';
import { decodeChallenges, type Challenge } from '../trace/annotate.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import {
  codeOf,
  finding,
  firstSendings,
  isSuccess,
  listOf,
  methodOf,
  nameOf,
  responsesTo,
} from './facts.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

interface Credentials {
  header: string;
  realm: string | null;
  username: string | null;
  nonce: string | null;
  response: string | null;
}

/** Authorization and Proxy-Authorization values (RFC 3261 §20.7, §20.28), read as params. */
export function credentialsOf(item: ExchangeMessage): Credentials[] {
  return ['Authorization', 'Proxy-Authorization'].flatMap((header) =>
    headerValues(item.found.message, header).map((value) => {
      const { params } = authParams(value);
      return {
        header,
        realm: params['realm'] ?? null,
        username: params['username'] ?? null,
        nonce: params['nonce'] ?? null,
        response: params['response'] ?? null,
      };
    }),
  );
}

/** The credentials header that answers a challenge header. */
const ANSWERS: Record<string, string> = {
  'WWW-Authenticate': 'Authorization',
  'Proxy-Authenticate': 'Proxy-Authorization',
};

interface Round {
  request: number;
  challenge: number;
  /** The realms challenged again, without stale=true, after credentials were sent. */
  refused: string[];
  credentials: Credentials[];
}

interface Attempt {
  request: number;
  final: number | null;
  challenges: Challenge[];
}

function attemptsByChain(exchange: Exchange): Attempt[][] {
  const chains = new Map<string, Attempt[]>();
  for (const { item, index } of firstSendings(exchange)) {
    const method = methodOf(item);
    if (method === 'ACK' || method === 'CANCEL' || item.callId === null) continue;
    const final = responsesTo(exchange, index, true)[0] ?? null;
    const response = final === null ? null : exchange.messages[final]!;
    const code = response ? codeOf(response) : null;
    const challenges =
      response && (code === 401 || code === 407) ? decodeChallenges(response.found.message) : [];
    const key = `${item.callId}|${method}|${item.from}`;
    chains.set(key, [...(chains.get(key) ?? []), { request: index, final, challenges }]);
  }
  return [...chains.values()];
}

function roundsOf(exchange: Exchange, chain: Attempt[]): Round[] {
  const rounds: Round[] = [];
  let asked = new Set<string>();
  for (const attempt of chain) {
    const credentials = credentialsOf(exchange.messages[attempt.request]!);
    const refused = attempt.challenges
      .filter((challenge) => !challenge.stale)
      .filter((challenge) =>
        credentials.some(
          (given) =>
            given.header === ANSWERS[challenge.header] &&
            (given.realm === challenge.realm ||
              asked.has(`${challenge.header}|${challenge.realm}`)),
        ),
      )
      .map((challenge) => challenge.realm ?? '(no realm)');
    if (refused.length > 0 && attempt.final !== null)
      rounds.push({ request: attempt.request, challenge: attempt.final, refused, credentials });
    asked = new Set(attempt.challenges.map((c) => `${c.header}|${c.realm}`));
  }
  return rounds;
}

function describe(exchange: Exchange, rounds: Round[], succeeded: boolean): Diagnosis {
  const first = rounds[0]!;
  const request = exchange.messages[first.request]!;
  const method = methodOf(request) ?? 'request';
  const realms = [...new Set(rounds.flatMap((round) => round.refused))];
  const users = [
    ...new Set(rounds.flatMap((r) => r.credentials.map((c) => c.username).filter(Boolean))),
  ] as string[];
  const given = [
    ...new Set(rounds.flatMap((r) => r.credentials.map((c) => c.realm).filter(Boolean))),
  ] as string[];
  const sentences = [
    `${nameOf(request)} carried credentials${users.length > 0 ? ` for ${listOf(users.map((u) => `"${u}"`))}` : ''}, and ${nameOf(exchange.messages[first.challenge]!)} challenged realm ${listOf(realms.map((r) => `"${r}"`))} again without stale=true: the server checked them and refused them.`,
  ];
  if (given.some((realm) => !realms.includes(realm)))
    sentences.push(
      `The credentials name realm ${listOf(given.map((r) => `"${r}"`))}, not the realm challenged: the client may hold them for another server.`,
    );
  const repeated = rounds.some((round, index) => {
    const next = rounds[index + 1];
    return (
      next &&
      round.credentials.some((c) =>
        next.credentials.some((d) => c.nonce === d.nonce && c.response === d.response && c.nonce),
      )
    );
  });
  if (repeated)
    sentences.push(
      'The same nonce and response were sent again after being refused, which a client must never do.',
    );
  sentences.push(
    rounds.length > 1
      ? `This happened ${rounds.length} times: check the username, password and realm configured for this account.`
      : 'Check the username, password and realm configured for this account.',
  );
  if (succeeded) sentences.push('A later attempt did succeed.');
  return finding(
    'auth-loop',
    rounds.length > 1 && !succeeded ? 'error' : 'warning',
    rounds.length > 1
      ? `Credentials refused ${rounds.length} times for the ${method}`
      : `Credentials refused for the ${method}`,
    sentences.join(' '),
    rounds.flatMap((round) => [round.challenge, round.request]),
    { rfc: 3261, section: '22.1', name: 'Refused credentials' },
    routes.guide('authentication'),
  );
}

export const authentication: DiagnosisRule = (exchange) =>
  attemptsByChain(exchange).flatMap((chain) => {
    const rounds = roundsOf(exchange, chain);
    if (rounds.length === 0) return [];
    const last = rounds.at(-1)!;
    const succeeded = chain.some(
      (attempt) =>
        attempt.request > last.request &&
        attempt.final !== null &&
        isSuccess(exchange.messages[attempt.final]!),
    );
    // One refusal and then success: usually a nonce the server let expire without saying stale.
    if (rounds.length === 1 && succeeded) return [];
    return [describe(exchange, rounds, succeeded)];
  });
