import { describe, it, expect } from 'vitest';
import { diffItems, similarity, foldText } from '../../src/index/diffItems.js';

const item = (text: string, refKeys: string[] = []) => ({ text, refKeys });

describe('diffItems', () => {
  it('carries an item that was only re-wrapped, and marks a review with new words as changed', () => {
    const prev = [
      item('http://review.gluster.org/#/c/8769/   xdata support in GFAPI', ['review.gluster.org/8769']),
      item('reconciliation working next, which will require revamping the NSR-specific changelog'),
      item('http://review.gluster.org/#/c/8887/   etcd support', ['review.gluster.org/8887']),
    ];
    const cur = [
      item('http://review.gluster.org/8769 xdata support in GFAPI (merged)', ['review.gluster.org/8769']),
      item('reconciliation  working next, which will\nrequire revamping the NSR-specific changelog'),
      item('http://review.gluster.org/#/c/9001/ reconciliation prototype', ['review.gluster.org/9001']),
    ];
    const d = diffItems(prev, cur);
    expect(d.status).toEqual(['changed', 'carried', 'added']);
    expect(d.previous).toEqual([0, 1, -1]);
    expect(d.dropped).toEqual([2]);
  });

  it('matches by review identity before text, even when the words changed completely', () => {
    const d = diffItems([item('design doc', ['review.gluster.org/8915'])], [item('landed, thanks to all reviewers', ['review.gluster.org/8915'])]);
    expect(d.status).toEqual(['changed']);
    expect(d.dropped).toEqual([]);
  });

  it('everything is added against no previous report', () => {
    expect(diffItems([], [item('a b c'), item('d e f')]).status).toEqual(['added', 'added']);
  });

  it('does not pair dissimilar items', () => {
    const d = diffItems([item('glusterd scalability')], [item('erasure coding')]);
    expect(d.status).toEqual(['added']);
    expect(d.dropped).toEqual([0]);
  });

  it('similarity and folding ignore case, punctuation and wrapping', () => {
    expect(foldText('Multi-threaded  epoll,\n support.')).toBe(foldText('multi threaded epoll support'));
    expect(similarity('DHT scalability work', 'dht scalability')).toBeGreaterThan(0.6);
  });
});

describe('diffItems and review URL forms', () => {
  it('carries an item whose Gerrit URL moved from /#/c/N/ to the short form with the same words', () => {
    const d = diffItems(
      [{ text: 'http://review.gluster.org/#/c/8913/ code (I/O path and glusterd)', refKeys: ['review.gluster.org/8913'] }],
      [{ text: 'http://review.gluster.org/8913 code (I/O path and glusterd)', refKeys: ['review.gluster.org/8913'] }],
    );
    expect(d.status).toEqual(['carried']);
  });
});
