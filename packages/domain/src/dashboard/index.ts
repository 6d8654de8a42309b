// The evaluation dashboard's pure shaping (README: "The leadership dashboard").
export * from './ranking-bars';
export * from './lineage-chain';
export * from './area-profile';
export * from './action-funnel';
export * from './plan-progress';
export * from './satisfaction-round';
export * from './dashboard-tiles';
