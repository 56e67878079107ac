// The page's state is its URL: every filter, the timeline's interval, the list's page and the open incident. A view
// is a link; each change pushes a history entry, so the back button undoes it.

/** The incident filters of the API, in the order the filter form shows them. type may repeat. */
export const filterNames = ['q', 'type', 'country', 'location', 'actor', 'from', 'to', 'minKilled', 'minWounded', 'intercepted'];
export const types = ['drone', 'airstrike', 'rocket', 'missile', 'shelling', 'ied', 'explosion', 'other'];
export const intervals = ['day', 'week', 'month', 'year'];

export function read(search = location.search) {
  const params = new URLSearchParams(search);
  const state = { type: params.getAll('type').filter((t) => types.includes(t)) };
  for (const name of filterNames) {
    if (name !== 'type') state[name] = params.get(name) ?? '';
  }
  state.interval = intervals.includes(params.get('interval')) ? params.get('interval') : 'month';
  state.page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  state.incident = /^\d+$/.test(params.get('incident') ?? '') ? params.get('incident') : '';
  return state;
}

/** The query string of a state: only what is set, defaults left out, so links stay short. */
export function write(state) {
  const params = filterParams(state);
  if (state.interval && state.interval !== 'month') params.set('interval', state.interval);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.incident) params.set('incident', state.incident);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters alone, as the API's list, timeline and stats take them. */
export function filterParams(state) {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    if (name === 'type') {
      for (const t of state.type) params.append('type', t);
    } else if (state[name]) {
      params.set(name, state[name]);
    }
  }
  return params;
}

export function hasFilters(state) {
  return filterParams(state).toString() !== '';
}
