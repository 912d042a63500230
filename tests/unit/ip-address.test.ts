// Address scopes: RFC 1918, RFC 6598 and RFC 4193 ranges against public addresses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressScope, hostOf, isNotRouted, isPublicAddress } from '../../src/lib/ip-address.ts';

describe('addressScope', () => {
  it('knows the edges of the RFC 1918 blocks', () => {
    for (const address of [
      '10.0.0.0',
      '10.255.255.255',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
    ])
      assert.equal(addressScope(address), 'private', address);
    for (const address of [
      '9.255.255.255',
      '11.0.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.169.0.1',
    ])
      assert.equal(addressScope(address), 'public', address);
  });
  it('knows the shared space of RFC 6598, 100.64.0.0/10', () => {
    assert.equal(addressScope('100.64.0.0'), 'shared');
    assert.equal(addressScope('100.127.255.255'), 'shared');
    assert.equal(addressScope('100.63.255.255'), 'public');
    assert.equal(addressScope('100.128.0.0'), 'public');
  });
  it('knows unique local IPv6, fc00::/7, in any spelling', () => {
    assert.equal(addressScope('fc00::1'), 'unique-local');
    assert.equal(addressScope('FD12:3456:789A:1::1'), 'unique-local');
    assert.equal(addressScope('[fdff:ffff::]'), 'unique-local');
    assert.equal(addressScope('fe00::1'), 'public');
    assert.equal(addressScope('2001:db8::1'), 'public');
  });
  it('tells apart loopback, link-local, unspecified, multicast and reserved', () => {
    assert.equal(addressScope('127.0.0.1'), 'loopback');
    assert.equal(addressScope('::1'), 'loopback');
    assert.equal(addressScope('169.254.10.1'), 'link-local');
    assert.equal(addressScope('fe80::1%eth0'), 'link-local');
    assert.equal(addressScope('0.0.0.0'), 'unspecified');
    assert.equal(addressScope('::'), 'unspecified');
    assert.equal(addressScope('224.2.17.12'), 'multicast');
    assert.equal(addressScope('ff02::1'), 'multicast');
    assert.equal(addressScope('255.255.255.255'), 'reserved');
    assert.equal(addressScope('240.0.0.1'), 'reserved');
  });
  it('reads an IPv4-mapped IPv6 address as the IPv4 one', () => {
    assert.equal(addressScope('::ffff:192.168.1.128'), 'private');
    assert.equal(addressScope('::ffff:c000:0201'), 'public');
  });
  it('is null for what is not an IP literal', () => {
    for (const text of [
      '',
      'example.com',
      '256.1.1.1',
      '1.2.3',
      '1:2:3',
      '::1::2',
      'my_wan_ip',
      '58.AAA.AAA.18',
    ])
      assert.equal(addressScope(text), null, text);
  });
});

describe('isNotRouted, isPublicAddress and hostOf', () => {
  it('classify', () => {
    assert.ok(isNotRouted('192.168.1.5'));
    assert.ok(!isNotRouted('127.0.0.1'));
    assert.ok(isPublicAddress('203.0.113.7'));
    assert.ok(!isPublicAddress('example.com'));
  });
  it('take the host out of host:port forms', () => {
    assert.equal(hostOf('192.0.2.1:5060'), '192.0.2.1');
    assert.equal(hostOf('[2001:db8::1]:5060'), '2001:db8::1');
    assert.equal(hostOf('2001:db8::1'), '2001:db8::1');
    assert.equal(hostOf('example.com'), 'example.com');
  });
});
