import { describe, expect, it } from 'vitest';
import { isHttpsUpgrade, isRobotsUrlFor, isWithinPrefixes } from '../../src/crawl/urlScope.js';

describe('isWithinPrefixes', () => {
  const prefixes = ['http://imagej.net/pipermail/imagej-devel/'];
  it('accepts URLs under the prefix, the directory itself, and the https upgrade', () => {
    expect(isWithinPrefixes('http://imagej.net/pipermail/imagej-devel/2014-October/002260.html', prefixes)).toBe(true);
    expect(isWithinPrefixes('http://imagej.net/pipermail/imagej-devel', prefixes)).toBe(true);
    expect(isWithinPrefixes('https://imagej.net/pipermail/imagej-devel/2014-October.txt.gz', prefixes)).toBe(true);
  });
  it('refuses other lists, hosts, ports, schemes, dot-segment escapes and userinfo tricks', () => {
    for (const u of [
      'http://imagej.net/pipermail/imagej-devel-old/',
      'http://imagej.net/pipermail/',
      'http://imagej.net/pipermail/imagej-devel/../imagej/',
      'http://imagej.net/pipermail/imagej-devel/%2e%2e/imagej/',
      'http://evil.example/pipermail/imagej-devel/',
      'http://imagej.net.evil.example/pipermail/imagej-devel/',
      'http://imagej.net@evil.example/pipermail/imagej-devel/',
      'http://imagej.net:8080/pipermail/imagej-devel/',
      'https://imagej.net:8443/pipermail/imagej-devel/',
      'ftp://imagej.net/pipermail/imagej-devel/',
      'not a url',
    ]) {
      expect(isWithinPrefixes(u, prefixes), u).toBe(false);
    }
  });
  it('never downgrades https to http', () => {
    expect(isWithinPrefixes('http://lists.gluster.org/pipermail/gluster-devel/', ['https://lists.gluster.org/pipermail/gluster-devel/'])).toBe(false);
  });
});

describe('isHttpsUpgrade', () => {
  it('is true only for the same host and path moved to https', () => {
    expect(isHttpsUpgrade('http://imagej.net/pipermail/imagej-devel/', 'https://imagej.net/pipermail/imagej-devel/')).toBe(true);
    expect(isHttpsUpgrade('http://imagej.net/pipermail/imagej-devel/', 'https://imagej.net/pipermail/other/')).toBe(false);
    expect(isHttpsUpgrade('http://imagej.net/a', 'https://www.imagej.net/a')).toBe(false);
    expect(isHttpsUpgrade('https://imagej.net/a', 'http://imagej.net/a')).toBe(false);
    expect(isHttpsUpgrade('http://imagej.net/a', 'https://imagej.net:8443/a')).toBe(false);
  });
});

describe('isRobotsUrlFor', () => {
  it('allows the host root robots.txt only', () => {
    const p = ['http://imagej.net/pipermail/imagej-devel/'];
    expect(isRobotsUrlFor('http://imagej.net/robots.txt', p)).toBe(true);
    expect(isRobotsUrlFor('https://imagej.net/robots.txt', p)).toBe(true);
    expect(isRobotsUrlFor('http://imagej.net/pipermail/robots.txt', p)).toBe(false);
    expect(isRobotsUrlFor('http://other.net/robots.txt', p)).toBe(false);
  });
});
