import { Form } from "@remix-run/react";
import { Button } from "@nl-design-system-candidate/button-react";
import { halfYearLabel, type HalfYear } from "../../fair-share/index";

/** Chooses the half year shown; a plain GET form, so it works before hydration. */
export function PeriodPicker({ periods, current }: { periods: readonly HalfYear[]; current: HalfYear }) {
  return (
    <Form method="get" className="mw-matrix__filters">
      <label htmlFor="halfjaar">Halfjaar</label>{" "}
      <select id="halfjaar" name="halfjaar" defaultValue={current}>
        {periods.map((p) => (
          <option key={p} value={p}>
            {halfYearLabel(p)}
          </option>
        ))}
      </select>{" "}
      <Button type="submit" purpose="secondary">
        Tonen
      </Button>
    </Form>
  );
}

export function DemoBanner() {
  return (
    <p className="mw-demo-banner" data-testid="demo-cijfers">
      Demonstratiecijfers: deze cijfers zijn verzonnen om Modelwerk te laten zien en zeggen niets over de werkelijke huisvesting.
    </p>
  );
}
