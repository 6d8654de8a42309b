import { createContext, useContext } from 'react';

export interface ViewerPermissions {
  viewDashboard: boolean;
  viewUnits: boolean;
  viewPlan: boolean;
  managePlan: boolean;
  viewFramework: boolean;
  manageFramework: boolean;
  manageUsers: boolean;
  selfAssess: boolean;
  appraise: boolean;
  viewResults: boolean;
  viewInspections: boolean;
  manageInspections: boolean;
  viewCorrectiveActions: boolean;
  viewMyTasks: boolean;
  viewDeadlines: boolean;
  viewReports: boolean;
  viewRegistrations: boolean;
  viewSurveys: boolean;
  viewEvaluationDashboard: boolean;
}

export interface AppContextValue {
  /** The selected evaluation year (from `?year=`, else the most recent year). */
  year: number;
  permissions: ViewerPermissions;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside <AppLayout> (or a test provider)');
  return value;
}

export function useSelectedYear(): number {
  return useAppContext().year;
}

/** `?year=2021` → 2021 when it is one of the known years, else the most recent year. */
export function pickYear(param: string | null, years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const wanted = param === null ? NaN : Number(param);
  if (Number.isInteger(wanted) && years.includes(wanted)) return wanted;
  return Math.max(...years);
}
