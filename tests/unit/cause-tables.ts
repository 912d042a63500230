// Small cause tables for unit tests, parsed by the real schemas so that defaults are filled in
// as the build fills them. Rows are modelled on the real files, cut down and adjusted to cover
// each case the lookups handle (several rows, ranges, defaults with and without a value).
import {
  asteriskSchema,
  freeswitchSchema,
  proxyRepliesSchema,
  q850Schema,
  rfc3398Schema,
} from '../../src/content.config.ts';
import type { CauseTables } from '../../src/lib/causes/tables.ts';
import type { RegistryRow } from '../../src/lib/registry.ts';

const commit = 'a'.repeat(40);
const source = { repository: 'owner/repo', commit, path: 'src/file.c' };

export function tables(): CauseTables {
  return {
    q850: q850Schema.parse({
      sources: [{ ...source, what: 'Cause numbers and names for the tests.' }],
      causes: [
        { cause: 1, name: 'Unallocated (unassigned) number', meaning: 'No one has the number.' },
        { cause: 16, name: 'Normal call clearing', meaning: 'A party hung up.', failure: false },
        { cause: 17, name: 'User busy', meaning: 'The callee is engaged.' },
        { cause: 21, name: 'Call rejected', meaning: 'The call was refused.' },
        { cause: 22, name: 'Number changed', meaning: 'The number was replaced.' },
        { cause: 34, name: 'No circuit/channel available', meaning: 'No channel was free.' },
        { cause: 41, name: 'Temporary failure', meaning: 'The network failed for a while.' },
        { cause: 127, name: 'Interworking, unspecified', meaning: 'Interworking gave no cause.' },
      ],
    }),
    rfc3398: rfc3398Schema.parse({
      isupToSip: [
        { cause: 1, code: 404 },
        { cause: 17, code: 486 },
        { cause: 16, code: null, note: 'Normal clearing becomes a BYE or a CANCEL.' },
        { cause: 21, code: 403, note: 'The table’s response.' },
        { cause: 21, code: 603, note: 'When the cause location is the user.' },
        { cause: 22, code: 410, note: 'When the cause carries no diagnostic.' },
        { cause: 22, code: 301, note: 'When the diagnostic gives the new number.' },
        { cause: 34, code: 503 },
      ],
      isupToSipDefault: { code: 500, note: 'Any cause the table lacks gets 500.' },
      sipToIsup: [
        { code: 404, cause: 1 },
        { code: 486, cause: 17 },
        { code: 503, cause: 41 },
        { code: 600, cause: 17 },
        { code: 487, cause: null, note: 'Listed with no mapping.' },
        { code: 603, cause: 21 },
      ],
      sipToIsupUnlisted: { from: 400, to: 699, cause: 41, note: 'Any other 4xx-6xx status.' },
    }),
    freeswitch: freeswitchSchema.parse({
      repository: 'signalwire/freeswitch',
      commit,
      names: {
        path: 'src/include/switch_types.h',
        entries: [
          { name: 'UNALLOCATED_NUMBER', cause: 1 },
          { name: 'NORMAL_CLEARING', cause: 16 },
          { name: 'USER_BUSY', cause: 17 },
          { name: 'CALL_REJECTED', cause: 21 },
          { name: 'NORMAL_CIRCUIT_CONGESTION', cause: 34 },
          { name: 'NORMAL_TEMPORARY_FAILURE', cause: 41 },
          { name: 'ORIGINATOR_CANCEL', cause: 487 },
        ],
      },
      sipToCause: {
        path: 'src/mod/endpoints/mod_sofia/sofia_glue.c',
        function: 'sofia_glue_sip_cause_to_freeswitch',
        default: { cause: 16, note: 'Any other response is recorded as normal clearing.' },
        rows: [
          { code: 404, cause: 1 },
          { code: 486, cause: 17 },
          { code: 487, cause: 487 },
          { code: 503, cause: 41 },
          { code: 600, cause: 17 },
          { code: 603, cause: 21 },
        ],
      },
      causeToSip: {
        path: 'src/mod/endpoints/mod_sofia/mod_sofia.c',
        function: 'hangup_cause_to_sip',
        default: { code: 480, note: 'Any other cause is sent as 480.' },
        rows: [
          { cause: 1, code: 404 },
          { cause: 17, code: 486 },
          { cause: 21, code: 603 },
          { cause: 34, code: 503 },
          { cause: 41, code: 503 },
          { cause: 487, code: 487 },
        ],
      },
    }),
    asterisk: asteriskSchema.parse({
      repository: 'asterisk/asterisk',
      defines: {
        commit,
        path: 'include/asterisk/causes.h',
        entries: [
          { define: 'AST_CAUSE_UNALLOCATED', cause: 1 },
          { define: 'AST_CAUSE_NORMAL_CLEARING', cause: 16 },
          { define: 'AST_CAUSE_USER_BUSY', cause: 17 },
          { define: 'AST_CAUSE_BUSY', cause: 17 },
          { define: 'AST_CAUSE_CALL_REJECTED', cause: 21 },
          { define: 'AST_CAUSE_CONGESTION', cause: 34 },
        ],
      },
      names: {
        commit,
        path: 'main/channel.c',
        entries: [{ cause: 17, name: 'USER_BUSY', description: 'User busy' }],
      },
      pjsip: {
        sipToCause: {
          commit,
          path: 'res/res_pjsip.c',
          function: 'ast_sip_hangup_sip2cause',
          default: { cause: 16, note: 'Any other code is recorded as normal clearing.' },
          ranges: [{ from: 500, to: 599, cause: 34 }],
          rows: [
            { code: 404, cause: 1 },
            { code: 486, cause: 17 },
            { code: 503, cause: 34 },
          ],
        },
        causeToSip: {
          commit,
          path: 'channels/chan_pjsip.c',
          function: 'hangup_cause2sip',
          default: { code: null, note: 'Any other cause gives no code of its own.' },
          rows: [
            { cause: 1, code: 404, define: 'AST_CAUSE_UNALLOCATED' },
            { cause: 17, code: 486, define: 'AST_CAUSE_USER_BUSY' },
            { cause: 21, code: 403 },
            { cause: 34, code: 503, define: 'AST_CAUSE_CONGESTION' },
          ],
        },
      },
      chanSip: {
        ref: '18',
        sipToCause: {
          commit,
          path: 'channels/chan_sip.c',
          function: 'hangup_sip2cause',
          default: { cause: 16, note: 'Any other code is recorded as normal clearing.' },
          rows: [{ code: 486, cause: 17 }],
        },
        causeToSip: {
          commit,
          path: 'channels/chan_sip.c',
          function: 'hangup_cause2sip',
          default: { code: null, note: 'Any other cause gives no code of its own.' },
          rows: [{ cause: 17, code: 486, phrase: 'Busy here' }],
        },
      },
    }),
    proxyReplies: proxyRepliesSchema.parse({
      signatures: [
        {
          software: 'Kamailio',
          repository: 'kamailio/kamailio',
          commit,
          senders: [
            {
              suffix: 'TM',
              module: 'tm',
              path: 'src/modules/tm/t_funcs.c',
              function: 'kill_transaction',
              when: 'The request could not be relayed.',
            },
            {
              suffix: 'SL',
              module: 'sl',
              path: 'src/modules/sl/sl_funcs.c',
              function: 'sl_reply_error',
              when: 'The script reports the last error.',
            },
          ],
        },
      ],
      otherPhrases: [
        {
          software: 'Kamailio',
          repository: 'kamailio/kamailio',
          commit,
          path: 'src/core/error.c',
          function: 'err2reason_phrase',
          entries: [
            { error: 'E_BAD_TO', code: 400, sentAs: '400 Bad To (13/TM)' },
            {
              error: 'any other',
              code: 500,
              sentAs: "500 I'm terribly sorry, server error occurred (N/TM)",
            },
          ],
        },
      ],
      replies: [
        {
          software: 'Kamailio',
          repository: 'kamailio/kamailio',
          commit,
          path: 'src/core/error.c',
          function: 'err2reason_phrase',
          code: 477,
          phrase: 'Unfortunately error on sending to next hop occurred',
          sentAs: [
            '477 Unfortunately error on sending to next hop occurred (477/TM)',
            '477 Unfortunately error on sending to next hop occurred (477/SL)',
          ],
          sentBy: ['kill_transaction', 'sl_reply_error'],
          when: 'Sending the request to the next hop failed.',
        },
        {
          software: 'Kamailio',
          repository: 'kamailio/kamailio',
          commit,
          path: 'src/core/error.c',
          function: 'err2reason_phrase',
          code: 479,
          phrase: 'Regretfully, we were not able to process the URI',
          sentAs: ['479 Regretfully, we were not able to process the URI (479/SL)'],
          sentBy: ['sl_reply_error'],
          when: 'A URI could not be parsed.',
        },
      ],
      rewrites: [
        {
          software: 'Kamailio',
          module: 'tm',
          repository: 'kamailio/kamailio',
          commit,
          path: 'src/modules/tm/t_reply.c',
          from: 503,
          to: 500,
          sentAs: '500 Service Unavailable',
          when: 'When it relays a 503 as the final response.',
          setting: 'A module parameter, on by default.',
        },
      ],
    }),
  };
}

/** A registry of just the codes the tables above use. */
export const registry: RegistryRow[] = [
  301, 400, 403, 404, 410, 480, 486, 487, 500, 503, 600, 603,
].map((code) => ({
  code,
  reason: `Reason ${code}`,
  statusClass: `${Math.floor(code / 100)}xx` as RegistryRow['statusClass'],
  rfc: 'RFC 3261',
  section: null,
}));
