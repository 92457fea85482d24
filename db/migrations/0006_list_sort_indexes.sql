DROP INDEX "tickets_deadline_idx";--> statement-breakpoint
DROP INDEX "tickets_created_at_idx";--> statement-breakpoint
DROP INDEX "tickets_priority_idx";--> statement-breakpoint
CREATE INDEX "tickets_open_deadline_idx" ON "tickets" USING btree ("deadline") WHERE "tickets"."deleted_at" is null and "tickets"."status" not in ('completed', 'rejected');--> statement-breakpoint
CREATE INDEX "tickets_updated_at_idx" ON "tickets" USING btree ("updated_at","number") WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_title_idx" ON "tickets" USING btree (lower("title"),"number") WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_status_number_idx" ON "tickets" USING btree ("status","number") WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_deadline_desc_idx" ON "tickets" USING btree ("deadline" DESC NULLS LAST,"number" DESC NULLS FIRST) WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_deadline_idx" ON "tickets" USING btree ("deadline","number") WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_created_at_idx" ON "tickets" USING btree ("created_at","number") WHERE "tickets"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_priority_idx" ON "tickets" USING btree ("priority","number") WHERE "tickets"."deleted_at" is null;