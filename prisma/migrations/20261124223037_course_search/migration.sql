-- CreateIndex
CREATE INDEX "centers_name_en_trgm_idx" ON "centers" USING GIN ("name_en" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "centers_name_my_trgm_idx" ON "centers" USING GIN ("name_my" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "courses_title_en_trgm_idx" ON "courses" USING GIN ("title_en" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "courses_title_my_trgm_idx" ON "courses" USING GIN ("title_my" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "courses_summary_en_trgm_idx" ON "courses" USING GIN ("summary_en" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "courses_summary_my_trgm_idx" ON "courses" USING GIN ("summary_my" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "instructor_profiles_display_name_en_trgm_idx" ON "instructor_profiles" USING GIN ("display_name_en" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "instructor_profiles_display_name_my_trgm_idx" ON "instructor_profiles" USING GIN ("display_name_my" gin_trgm_ops);
